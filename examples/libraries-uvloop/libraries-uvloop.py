"""uvloop replaces the event loop, not asyncio: the same program, the same order, on either loop."""

import asyncio

import uvloop


async def step(name: str, seconds: float, log: list[str]) -> str:
    log.append(f"{name} starts")
    await asyncio.sleep(seconds)
    log.append(f"{name} ends")
    return name


async def program() -> tuple[str, list[str], list[str]]:
    log: list[str] = []
    loop = asyncio.get_running_loop()
    results = await asyncio.gather(step("a", 0.2, log), step("b", 0.1, log))
    return type(loop).__module__ + "." + type(loop).__name__, list(results), log


def main() -> None:
    default = asyncio.run(program())
    fast = asyncio.run(program(), loop_factory=uvloop.new_event_loop)
    for loop_name, results, log in (default, fast):
        print(f"{loop_name}: results {results}, order {log}")
    print(f"same results and order: {default[1:] == fast[1:]}")


if __name__ == "__main__":
    main()
