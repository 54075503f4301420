"""DuckDB: one query runs on several threads of its own, inside this Python process and outside the GIL."""

import threading
import time

import duckdb

QUERY = "SELECT count(*) FROM range(40_000_000) t(i) WHERE i % 7 = 0"

con = duckdb.connect()  # an in-memory database, in this process
con.execute("SET threads TO 2")
(threads,) = con.execute("SELECT current_setting('threads')").fetchone() or (None,)
print(f"threads DuckDB may use for one query: {threads}")

# Run the query in a second Python thread; meanwhile this thread notes the time as often as it gets to run.
result: list[tuple[int]] = []
took = 0.0


def run_query() -> None:
    global took
    start = time.perf_counter()
    result.extend(con.execute(QUERY).fetchall())
    took = time.perf_counter() - start


ticks = [time.perf_counter()]
query = threading.Thread(target=run_query)
query.start()
while query.is_alive():
    ticks.append(time.perf_counter())
longest_pause = max(b - a for a, b in zip(ticks, ticks[1:]))
print(f"multiples of 7 below 40 million: {result[0][0]}")
held = longest_pause > took / 2
print(f"while the query ran, the main thread {'stopped' if held else 'kept running Python'}")
