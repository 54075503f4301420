import { Worker, isMainThread, workerData } from 'node:worker_threads';

if (isMainThread) {
	// Between workers (threads), a SharedArrayBuffer is shared, not copied.
	const shared = new SharedArrayBuffer(16);
	const ints = new Int32Array(shared, 0, 1);
	ints[0] = 21;
	const worker = new Worker(new URL(import.meta.url), {
		workerData: shared,
	});
	await new Promise((done) => worker.once('exit', done));
	const text = new TextDecoder().decode(new Uint8Array(shared, 4, 5));
	console.log(`[main] now reads ${ints[0]} and '${text}'`);
} else {
	const shared = workerData as SharedArrayBuffer;
	const ints = new Int32Array(shared, 0, 1);
	const n = Atomics.load(ints, 0);
	Atomics.store(ints, 0, n * 2);
	new Uint8Array(shared, 4, 5).set(new TextEncoder().encode('hello'));
	console.log(`[worker] read ${n}, wrote ${n * 2} and 'hello'`);
}
