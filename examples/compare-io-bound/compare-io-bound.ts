import {
	Worker,
	isMainThread,
	parentPort,
	threadId,
} from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

const WAIT_MS = 300; // each of 3 "requests" waits 0.3 s for I/O
const N = 3;

// Atomics.wait blocks the calling thread, like a blocking read.
function blockingWait(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Qualitative verdicts, not raw timings (those vary per run).
function verdict(
	label: string,
	elapsedMs: number,
	threads: Set<number>
) {
	const took =
		elapsedMs < 2 * WAIT_MS
			? `about one wait (${WAIT_MS / 1000} s)`
			: `about the sum (${(N * WAIT_MS) / 1000} s)`;
	const name = `${label}:`.padEnd(25);
	console.log(`${name}${took}, ${threads.size} thread(s)`);
}

async function polite(seen: Set<number>): Promise<void> {
	seen.add(threadId);
	await sleep(WAIT_MS); // gives the event loop back while waiting
}

async function rude(seen: Set<number>): Promise<void> {
	seen.add(threadId);
	blockingWait(WAIT_MS); // blocks the event loop: nothing else runs
}

if (!isMainThread) {
	parentPort?.postMessage('ready');
	parentPort?.once('message', () => {
		blockingWait(WAIT_MS);
		parentPort?.postMessage(threadId);
		parentPort?.close();
	});
} else {
	for (const [label, fn] of [
		['promises, timers sleep', polite],
		['promises, blocking wait', rude],
	] as const) {
		const seen = new Set<number>();
		const start = performance.now();
		await Promise.all(Array.from({ length: N }, () => fn(seen)));
		verdict(label, performance.now() - start, seen);
	}

	// Start the workers first (each says "ready"); time the waits.
	const workers = Array.from(
		{ length: N },
		() => new Worker(new URL(import.meta.url))
	);
	await Promise.all(
		workers.map((w) => new Promise((ok) => w.once('message', ok)))
	);
	const start = performance.now();
	const ids = await Promise.all(
		workers.map((w) => {
			const done = new Promise<number>((ok) => {
				w.once('message', ok);
			});
			w.postMessage('go');
			return done;
		})
	);
	const elapsed = performance.now() - start;
	verdict('workers, blocking wait', elapsed, new Set(ids));
}
