import pickle
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor


def double(x: int) -> int:
    # A module-level function is sent by name: the child imports it.
    return 2 * x


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=1) as pool:
        print(f"double(21) in a child: {pool.submit(double, 21).result()}")
        # A lambda has no importable name, so it cannot be pickled.
        twice: Callable[[int], int] = lambda x: 2 * x
        future = pool.submit(twice, 21)
        try:
            future.result()
        except pickle.PicklingError as err:
            print(f"lambda in a child: {type(err).__name__}")
            # The message names the object; keep the stable part.
            print("  ...", str(err).split(": ", 1)[1])
