import asyncio


async def parse_port(text: str) -> int:
    return int(text)  # ValueError for bad input


async def lookup(config: dict[str, str], key: str) -> str:
    return config[key]  # KeyError when missing


async def main() -> None:
    config = {"host": "db.local"}
    try:
        # Both fail in their first step, before the group can
        # cancel anything, so the group collects two errors.
        async with asyncio.TaskGroup() as tg:
            tg.create_task(parse_port("80a"))
            tg.create_task(lookup(config, "user"))
    except* ValueError as group:
        for exc in group.exceptions:
            print(f"bad value: {exc}")
    except* KeyError as group:
        for exc in group.exceptions:
            print(f"missing key: {exc}")

    # gather(return_exceptions=True) also collects everything,
    # but as a plain list mixing results and exceptions.
    results = await asyncio.gather(
        parse_port("5432"),
        parse_port("80a"),
        lookup(config, "user"),
        return_exceptions=True,
    )
    for item in results:
        print(f"gather item: {item!r}")


if __name__ == "__main__":
    asyncio.run(main())
