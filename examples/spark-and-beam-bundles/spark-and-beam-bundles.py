"""A one-machine MODEL of how a Beam runner applies a ParDo.

Not Beam: the runner below splits a PCollection into bundles,
runs a DoFn over each bundle, and retries a failed bundle whole.
"""
BUNDLE_SIZE = 3

failed_once: set[str] = set()  # makes "e" fail on its first try
external_writes: list[str] = []  # a side effect outside Beam


class Shout:
    """A DoFn: process() is called once per element."""

    def process(self, word: str) -> list[str]:
        # Not idempotent: this write happens again on every retry.
        external_writes.append(word)
        if word == "e" and word not in failed_once:
            failed_once.add(word)
            raise ConnectionError(f"lost connection at {word!r}")
        return [word.upper()]


def par_do(fn: Shout, pcoll: list[str]) -> list[str]:
    output: list[str] = []
    bundles = [pcoll[i:i + BUNDLE_SIZE]
               for i in range(0, len(pcoll), BUNDLE_SIZE)]
    for b, bundle in enumerate(bundles, start=1):
        attempt = 1
        while True:
            try:
                # Output of a bundle is kept only if ALL of it succeeds.
                result = [out for el in bundle for out in fn.process(el)]
            except ConnectionError as err:
                print(f"bundle {b} {bundle} attempt {attempt}: {err}")
                attempt += 1
                continue
            print(f"bundle {b} {bundle} attempt {attempt}: ok")
            output.extend(result)
            break
    return output


if __name__ == "__main__":
    words = ["a", "b", "c", "d", "e", "f"]  # the input PCollection
    result = par_do(Shout(), words)
    print(f"output PCollection: {result}")
    print(f"external writes: {len(external_writes)} for {len(words)}"
          " elements")
    print(f"  in order: {' '.join(external_writes)}")
