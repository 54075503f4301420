// Testing async code in Node: node:test's mock.fn() stands in for a dependency, and mock.timers lets a test pass
// 10 s of timers in no time. (Each check prints one line; node:test's test() would report them as a test run.)
import assert from 'node:assert/strict';
import { mock } from 'node:test';
import timers, { setTimeout as sleep } from 'node:timers/promises';

type PriceClient = { getPrice(item: string): Promise<number> };

/** The code under test: ask a client for a price, give up after timeoutMs. */
async function fetchPrice(
	client: PriceClient,
	item: string,
	timeoutMs = 10_000
): Promise<number> {
	const deadline = timers.setTimeout(timeoutMs).then(() => {
		throw new Error('TimeoutError');
	});
	return Promise.race([client.getPrice(item), deadline]);
}

async function check(
	name: string,
	body: () => Promise<void>
): Promise<void> {
	try {
		await body();
		console.log(`ok ${name}`);
	} catch (error) {
		console.log(`not ok ${name}: ${(error as Error).message}`);
	}
}

await check('returns the price', async () => {
	const getPrice = mock.fn(async (_item: string) => 9.5); // a stand-in that records its calls
	assert.equal(await fetchPrice({ getPrice }, 'tea', 100), 9.5);
	assert.deepEqual(getPrice.mock.calls[0]?.arguments, ['tea']);
});

await check(
	'gives up after 10 s of mocked time, in no real time',
	async () => {
		mock.timers.enable({ apis: ['setTimeout'] });
		try {
			const start = performance.now();
			const never: PriceClient = {
				getPrice: () => new Promise(() => {}),
			};
			const result = fetchPrice(never, 'tea'); // the default 10 s deadline
			mock.timers.tick(10_000); // 10 s pass at once
			await assert.rejects(result, /TimeoutError/);
			assert.ok(performance.now() - start < 1000, 'took real time');
		} finally {
			mock.timers.reset();
		}
	}
);

await check('a setTimeout imported by name is not mocked', async () => {
	const stop = new AbortController();
	mock.timers.enable({ apis: ['setTimeout'] });
	const named = sleep(10_000, 'fired', { signal: stop.signal }).catch(
		() => 'never fired'
	);
	mock.timers.tick(10_000);
	mock.timers.reset();
	const first = await Promise.race([
		named,
		sleep(100, 'still waiting'),
	]);
	stop.abort();
	assert.equal(first, 'still waiting');
});
