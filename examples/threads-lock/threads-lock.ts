import { Worker, isMainThread, workerData } from 'node:worker_threads';

const WORKERS = 2;
const ROUNDS = 5_000_000;

if (isMainThread) {
	// Slot 0 is the counter, slot 1 counts workers at the barrier.
	const shared = new SharedArrayBuffer(8);
	const workers = Array.from(
		{ length: WORKERS },
		() => new Worker(new URL(import.meta.url), { workerData: shared })
	);
	await Promise.all(
		workers.map((w) => new Promise((ok) => w.once('exit', ok)))
	);
	console.log(`expected: ${WORKERS * ROUNDS}`);
	console.log(`counted:  ${Atomics.load(new Int32Array(shared), 0)}`);
} else {
	const slots = new Int32Array(workerData as SharedArrayBuffer);
	Atomics.add(slots, 1, 1);
	while (Atomics.load(slots, 1) < WORKERS) {
		// spin until every worker has arrived
	}
	for (let i = 0; i < ROUNDS; i++) {
		// One indivisible read-add-write: no update can be lost.
		Atomics.add(slots, 0, 1);
	}
}
