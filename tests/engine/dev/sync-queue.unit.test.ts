import { describe, expect, it } from 'vitest';
import { syncQueue } from '../../../src/engine/dev/sync-queue.ts';

/**
 * A fake sync that records what it was asked and how many ran at once. The test sets the order: `started(n)`
 * resolves once the n-th run (from 1) has begun, and `release(n)` ends it.
 */
function recorder() {
	const calls: Array<string[] | undefined> = [];
	let inFlight = 0;
	let maxInFlight = 0;
	const runs: Array<{ began: Deferred; end: Deferred }> = [];
	const nth = (n: number) => (runs[n - 1] ??= { began: deferred(), end: deferred() });
	const run = async (only: string[] | undefined) => {
		calls.push(only);
		maxInFlight = Math.max(maxInFlight, ++inFlight);
		const { began, end } = nth(calls.length);
		began.resolve();
		await end.promise;
		inFlight--;
	};
	const started = (n: number) => nth(n).began.promise;
	const release = async (n: number) => {
		await started(n);
		nth(n).end.resolve();
	};
	return { calls, run, started, release, maxInFlight: () => maxInFlight };
}

interface Deferred {
	promise: Promise<void>;
	resolve: () => void;
}
function deferred(): Deferred {
	let resolve!: () => void;
	const promise = new Promise<void>((r) => (resolve = r));
	return { promise, resolve };
}

describe('syncQueue', () => {
	it('never runs two syncs at once, and merges what was asked meanwhile into one run', async () => {
		const r = recorder();
		// Any settle time: the test waits for the first run itself, not for a guess at how long it takes to begin.
		const queue = syncQueue(r.run, (e) => expect.fail(String(e)), 20);
		queue.request(['a']);
		await r.started(1);
		queue.request(['b']);
		queue.request(['c', 'b']);
		await r.release(1);
		await r.release(2);
		await queue.idle();
		expect(r.calls).toEqual([['a'], ['b', 'c']]);
		expect(r.maxInFlight()).toBe(1);
	});

	it('coalesces a delete-then-create burst into one run of the example', async () => {
		const r = recorder();
		const queue = syncQueue(r.run, (e) => expect.fail(String(e)), 20);
		queue.request(['ok']); // unlink
		queue.request(['ok']); // add
		await r.release(1);
		await queue.idle();
		expect(r.calls).toEqual([['ok']]);
	});

	it('runs everything when asked for all, whatever else was asked', async () => {
		const r = recorder();
		const queue = syncQueue(r.run, (e) => expect.fail(String(e)), 20);
		queue.request(['a']);
		queue.request('all');
		queue.request(['b']);
		await r.release(1);
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
