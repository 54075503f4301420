import {
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

if (isMainThread) {
	// One Int32 in shared memory: 0 = not set, 1 = set.
	const flag = new Int32Array(new SharedArrayBuffer(4));
	const worker = new Worker(new URL(import.meta.url), {
		workerData: flag,
	});
	await new Promise((ready) => worker.once('message', ready));
	await sleep(400); // well after the worker's first wait timed out
	console.log('[main] store 1 and notify');
	Atomics.store(flag, 0, 1);
	Atomics.notify(flag, 0); // wake every thread waiting on slot 0
	await new Promise((done) => worker.once('exit', done));
} else {
	const flag = workerData as Int32Array;
	parentPort?.postMessage('ready');
	// Atomics.wait blocks this thread while slot 0 still holds 0.
	console.log(
		`[worker] wait(…, 100 ms) returned '${Atomics.wait(flag, 0, 0, 100)}'`
	);
	console.log(
		`[worker] wait(…) returned '${Atomics.wait(flag, 0, 0)}'`
	);
	console.log(
		`[worker] a wait after the set returns '${Atomics.wait(flag, 0, 0)}'`
	);
}
