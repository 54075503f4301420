import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const WAIT_MS = 300; // each "download" blocks its thread for 0.3 s

// Atomics.wait blocks the calling thread, like a blocking read.
function blockingWait(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

if (isMainThread) {
	const names = ['a', 'b', 'c'];
	const total = (WAIT_MS * names.length) / 1000;

	let start = performance.now();
	for (const _name of names) blockingWait(WAIT_MS);
	const seq = performance.now() - start;

	// Start the workers first, and only time the waiting itself.
	const workers = names.map(() => new Worker(new URL(import.meta.url)));
	await Promise.all(
		workers.map((w) => new Promise((ok) => w.once('message', ok)))
	);
	start = performance.now();
	for (const w of workers) w.postMessage('go');
	await Promise.all(
		workers.map((w) => new Promise((ok) => w.once('exit', ok)))
	);
	const par = performance.now() - start;

	// Print a verdict, not raw timings (they vary run to run).
	console.log(
		seq >= 0.95 * total * 1000 // margin for clock rounding
			? `sequential: about the sum of waits (${total} s)`
			: 'sequential: faster than the sum (unexpected)'
	);
	console.log(
		par < 2 * WAIT_MS
			? `3 workers:  about one wait (${WAIT_MS / 1000} s),` +
					' not the sum'
			: '3 workers:  slower than expected'
	);
} else {
	parentPort?.postMessage('ready');
	parentPort?.once('message', () => {
		blockingWait(WAIT_MS);
		parentPort?.close(); // nothing left to do: let the worker exit
	});
}
