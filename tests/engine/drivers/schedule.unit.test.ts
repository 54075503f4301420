import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CpuLoad } from '../../../src/engine/drivers/cpu-load.ts';
import { expectedShares, freeCores, schedule, slots, type Admission } from '../../../src/engine/drivers/schedule.ts';

// Fake timers (performance.now() included): the items' durations, the admission's start window and the pool's
// re-check every 20 ms happen in an exact order, however loaded the machine is.
beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }));
afterEach(() => void vi.useRealTimers());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Awaits `promise` while the fake clock runs every timer due, in order, until none is left. */
async function settled<T>(promise: Promise<T>): Promise<T> {
	const outcome = promise.then(
		(value) => ({ value }),
		(error: unknown) => ({ error })
	);
	await vi.runAllTimersAsync();
	const result = await outcome;
	if ('error' in result) throw result.error;
	return result.value;
}

/** Runs `items` that each take `ms`, and records how many ran beside each one when it started. */
async function run(items: string[], admission: Admission, ms = 20, alone = (item: string) => item.startsWith('alone')) {
	let running = 0;
	let most = 0;
	const log: string[] = [];
	await settled(
		schedule(items, alone, admission, async (item) => {
			running++;
			most = Math.max(most, running);
			log.push(`${item} starts beside ${running - 1}`);
			await sleep(ms);
			running--;
		})
	);
	return { log, most };
}

const load = (busy: () => number): CpuLoad => ({ busyCores: busy, stop: () => {} });

describe('schedule', () => {
	it('runs independent items side by side, then each timing-sensitive one with nothing beside it', async () => {
		const { log } = await run(['a', 'b', 'alone-1', 'c', 'alone-2', 'd'], slots(2));
		const alone = log.filter((line) => line.startsWith('alone'));
		expect(alone).toEqual(['alone-1 starts beside 0', 'alone-2 starts beside 0']);
		expect(log.slice(-2)).toEqual(alone); // after all the others
		expect(log.some((line) => line.endsWith('beside 1'))).toBe(true); // the others did overlap
	});

	it('with fixed slots, never runs more than the slots', async () => {
		const { most } = await run(['a', 'b', 'c', 'd', 'e'], slots(2));
		expect(most).toBe(2);
	});

	it('lets items that wait (the machine idle) pile up beyond one per core', async () => {
		const items = Array.from({ length: 12 }, (_, i) => `sleeper-${i}`);
		const { most } = await run(
			items,
			freeCores(
				load(() => 0),
				2,
				{ startMs: 5 }
			),
			100
		);
		expect(most).toBeGreaterThan(2);
	});

	it('starts nothing beside a running item while every core is busy', async () => {
		const { most } = await run(
			['a', 'b', 'c'],
			freeCores(
				load(() => 2),
				2,
				{ startMs: 5 }
			)
		);
		expect(most).toBe(1); // one at a time: the queue still moves
	});

	it('counts an item that has just started as a busy core, since its start-up is not in the load yet', () => {
		const admission = freeCores(
			load(() => 0),
			2,
			{ startMs: 60_000 }
		);
		expect(admission.mayStart(0, 'a')).toBe(true);
		admission.started!('a');
		expect(admission.mayStart(1, 'b')).toBe(true); // 1 of 2 cores taken: half a core must stay spare
		admission.started!('b');
		expect(admission.mayStart(2, 'c')).toBe(false);
	});

	it('never runs more than its maximum, however idle the machine', async () => {
		const items = Array.from({ length: 10 }, (_, i) => `sleeper-${i}`);
		const { most } = await run(
			items,
			freeCores(
				load(() => 0),
				2,
				{ startMs: 0, maxRunning: 3 }
			),
			50
		);
		expect(most).toBe(3);
	});

	it('by expected shares, runs many sleepers at once but computers one per core', async () => {
		const share = (item: string) => (item.startsWith('sleeper') ? 0.05 : 1);
		const sleepers = Array.from({ length: 20 }, (_, i) => `sleeper-${i}`);
		expect((await run(sleepers, expectedShares(share, 2))).most).toBe(16); // a share counts as at least 1/8
		expect((await run(['a', 'b', 'c', 'd', 'e'], expectedShares(share, 2))).most).toBe(2);
		const admission = expectedShares(share, 2);
		admission.started!('a'); // a computer holds a core: 8 sleepers fill the other
		for (const sleeper of sleepers.slice(0, 8)) {
			expect(admission.mayStart(1, sleeper)).toBe(true);
			admission.started!(sleeper);
		}
		expect(admission.mayStart(9, 'sleeper-8')).toBe(false);
		admission.ended!('a');
		expect(admission.mayStart(8, 'b')).toBe(true);
	});

	it('after an item fails, starts nothing new, lets the started ones end, then throws its error', async () => {
		const started: string[] = [];
		const ended: string[] = [];
		const outcome = schedule(
			['a', 'b', 'c', 'd'],
			() => false,
			slots(2),
			async (item) => {
				started.push(item);
				// a fails at 10 ms, before the pool's first re-check (20 ms); b, beside it, ends at 40 ms.
				await sleep(item === 'a' ? 10 : 40);
				if (item === 'a') throw new Error('a broke');
				ended.push(item);
			}
		);
		await expect(settled(outcome)).rejects.toThrow('a broke');
		expect(started).toEqual(['a', 'b']); // c and d never started
		expect(ended).toEqual(['b']); // b had started beside a, and was let end
	});
});
