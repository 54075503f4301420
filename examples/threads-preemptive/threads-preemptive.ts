import {
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

if (isMainThread) {
	const stop = new Int32Array(new SharedArrayBuffer(4));
	const busy = new Worker(new URL(import.meta.url), {
		workerData: stop.buffer,
	});
	let alive = true;
	busy.once('exit', () => {
		alive = false;
	});
	await new Promise((ok) => busy.once('message', ok));
	// The worker spins on another core; the main thread's
	// event loop keeps running its timers meanwhile.
	await sleep(100);
	// Had the worker held up this thread, it would have finished (and
	// exited) by the time this line ran: `alive` would be false.
	console.log(`main ran while the worker spun: ${alive}`);
	Atomics.store(stop, 0, 1);
	await new Promise((ok) => busy.once('exit', ok));
	console.log('spinning worker stopped');
} else {
	const stop = new Int32Array(workerData as SharedArrayBuffer);
	parentPort?.postMessage('spinning');
	// It gives up by itself after 2 s, so the program ends either way.
	const end = performance.now() + 2000;
	let n = 0;
	while (Atomics.load(stop, 0) === 0 && performance.now() < end) n++;
}
