import { describe, expect, it } from 'vitest';
import { syncQueue } from '../../../src/engine/dev/sync-queue.ts';

/** A fake sync that records what it was asked and how many ran at once; each call ends when `release()` is called. */
function recorder() {
	const calls: Array<string[] | undefined> = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const waiting: Array<() => void> = [];
	const run = async (only: string[] | undefined) => {
		calls.push(only);
		maxInFlight = Math.max(maxInFlight, ++inFlight);
		await new Promise<void>((resolve) => waiting.push(resolve));
		inFlight--;
	};
	const release = async () => {
		while (!waiting.length) await new Promise((resolve) => setTimeout(resolve, 1));
		waiting.shift()!();
	};
	return { calls, run, release, maxInFlight: () => maxInFlight };
}

describe('syncQueue', () => {
	it('never runs two syncs at once, and merges what was asked meanwhile into one run', async () => {
		const r = recorder();
		const queue = syncQueue(r.run, (e) => expect.fail(String(e)), 0);
		queue.request(['a']);
		await new Promise((resolve) => setTimeout(resolve, 5)); // the first run is under way
		queue.request(['b']);
		queue.request(['c', 'b']);
		await r.release();
		await r.release();
		await queue.idle();
		expect(r.calls).toEqual([['a'], ['b', 'c']]);
		expect(r.maxInFlight()).toBe(1);
	});

	it('coalesces a delete-then-create burst into one run of the example', async () => {
		const r = recorder();
		const queue = syncQueue(r.run, (e) => expect.fail(String(e)), 20);
		queue.request(['ok']); // unlink
		queue.request(['ok']); // add
		await r.release();
		await queue.idle();
		expect(r.calls).toEqual([['ok']]);
	});

	it('runs everything when asked for all, whatever else was asked', async () => {
		const r = recorder();
		const queue = syncQueue(r.run, (e) => expect.fail(String(e)), 20);
		queue.request(['a']);
		queue.request('all');
		queue.request(['b']);
		await r.release();
		await queue.idle();
		expect(r.calls).toEqual([undefined]);
	});

	it('reports a failed run and goes on with the next', async () => {
		const errors: unknown[] = [];
		const calls: string[][] = [];
		const queue = syncQueue(
			async (only) => {
				calls.push(only!);
				if (only![0] === 'bad') throw new Error('broken');
			},
			(e) => errors.push((e as Error).message),
			0
		);
		queue.request(['bad']);
		await queue.idle();
		queue.request(['good']);
		await queue.idle();
		expect(calls).toEqual([['bad'], ['good']]);
		expect(errors).toEqual(['broken']);
	});
});
