import asyncio


async def job(name: str) -> str:
    print(f"[{name}] runs until its first await that suspends")
    await asyncio.sleep(0)
    print(f"[{name}] resumes")
    return name


async def main() -> None:
    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    print("[main] create_task")
    task = asyncio.create_task(job("eager"))
    print("[main] create_task returned; the job already printed")
    await task


asyncio.run(main())
