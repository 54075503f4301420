import multiprocessing as mp
import sys

# Changed by the parent before any child starts.
greeting = "default"


def read_greeting() -> str:
    return greeting  # runs in the child: which value does it see?


if __name__ == "__main__":
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    # The default depends on the platform AND the Python version,
    # so print it together with both.
    default = mp.get_start_method()
    print(f"Python {version} on {sys.platform}: default is {default!r}")
    available = mp.get_all_start_methods()
    print(f"available here: {sorted(available)}")

    greeting = "changed in parent"
    for method in ["fork", "spawn", "forkserver"]:
        if method not in available:  # Windows has spawn only
            print(f"[{method:10}] not available on this platform")
            continue
        # get_context picks a start method for this pool only.
        with mp.get_context(method).Pool(1) as pool:
            seen = pool.apply(read_greeting)
        print(f"[{method:10}] child sees greeting = {seen!r}")
