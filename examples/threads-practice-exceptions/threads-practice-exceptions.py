from concurrent.futures import ThreadPoolExecutor


def parse(text: str) -> int:
    return int(text)  # raises ValueError for "x"


if __name__ == "__main__":
    inputs = ["1", "2", "x", "4"]
    with ThreadPoolExecutor(max_workers=2) as pool:
        # map re-raises a job's exception when you REACH that result.
        results = pool.map(parse, inputs)
        try:
            for value in results:
                print(f"map gave {value}")
        except ValueError as err:
            print(f"map raised at the third result: {err}")

        # submit keeps the exception in the future; nothing is raised
        # until you ask for the result.
        futures = [pool.submit(parse, text) for text in inputs]
        for text, future in zip(inputs, futures):
            error = future.exception()  # waits, then returns it (or None)
            if error is None:
                print(f"{text!r}: {future.result()}")
            else:
                print(f"{text!r}: {type(error).__name__}, kept in the future")
        # A future nobody asks about: its exception is lost silently.
        pool.submit(parse, "never checked")
    print("pool closed: no error printed for the unchecked future")
