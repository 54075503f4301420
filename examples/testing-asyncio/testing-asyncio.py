"""Testing asyncio code with the standard library: IsolatedAsyncioTestCase runs each test on an event loop of its own."""

import asyncio
import io
import re
import unittest
import warnings
from typing import Protocol
from unittest.mock import AsyncMock


class PriceClient(Protocol):
    async def get_price(self, item: str) -> float: ...


async def fetch_price(client: PriceClient, item: str, timeout: float = 5.0) -> float:
    """The code under test: ask a client for a price, give up after `timeout` seconds."""
    async with asyncio.timeout(timeout):
        return await client.get_price(item)


class SlowClient:
    async def get_price(self, item: str) -> float:
        await asyncio.sleep(1)
        return 1.0


class FetchPriceTest(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:  # may await, like the tests
        # Tests run in asyncio's debug mode, which logs every step slower than 0.1 s;
        # on a busy machine that would add lines to this page, so allow 1 s.
        asyncio.get_running_loop().slow_callback_duration = 1.0
        self.client = AsyncMock()  # a stand-in whose methods are coroutines
        self.client.get_price.return_value = 9.5

    async def test_returns_the_price(self) -> None:
        self.assertEqual(await fetch_price(self.client, "tea"), 9.5)
        self.client.get_price.assert_awaited_once_with("tea")

    async def test_gives_up_on_a_slow_client(self) -> None:
        with self.assertRaises(TimeoutError):
            await fetch_price(SlowClient(), "tea", timeout=0.1)  # a short deadline, passed in

    async def test_runs_in_debug_mode(self) -> None:
        self.assertTrue(asyncio.get_running_loop().get_debug())


class ForgotIsolatedAsyncio(unittest.TestCase):  # the classic mistake: a plain TestCase
    async def test_that_never_runs(self) -> None:
        self.fail("this line never runs")


def main() -> None:
    loader = unittest.defaultTestLoader
    suite = unittest.TestSuite(
        [loader.loadTestsFromTestCase(FetchPriceTest), loader.loadTestsFromTestCase(ForgotIsolatedAsyncio)]
    )
    report = io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")  # unittest.main() would show these too
        unittest.TextTestRunner(stream=report, verbosity=2).run(suite)
    # The runner prints how long the run took; that changes every run, so it is left out here.
    print(re.sub(r" in \d+\.\d+s", "", report.getvalue()), end="")
    for warning in caught:
        print(f"{warning.category.__name__}: {str(warning.message).split(' (<')[0]}")

if __name__ == "__main__":
    main()
