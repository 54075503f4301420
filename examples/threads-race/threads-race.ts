import { Worker, isMainThread, workerData } from 'node:worker_threads';

const WORKERS = 2;
const ROUNDS = 50_000_000;

if (isMainThread) {
	// The only memory that threads can share: a SharedArrayBuffer.
	// Slot 0 is the counter, slot 1 counts workers at the barrier.
	const shared = new SharedArrayBuffer(8);
	const workers = Array.from(
		{ length: WORKERS },
		() => new Worker(new URL(import.meta.url), { workerData: shared })
	);
	await Promise.all(
		workers.map((w) => new Promise((ok) => w.once('exit', ok)))
	);
	// The count differs from run to run: lost updates are a race.
	const total = new Int32Array(shared)[0] ?? 0;
	console.log(`final count: ${total} (expected ${WORKERS * ROUNDS})`);
	const lost = total < WORKERS * ROUNDS;
	console.log(`updates lost in this run: ${lost ? 'yes' : 'none'}`);
} else {
	const slots = new Int32Array(workerData as SharedArrayBuffer);
	// Barrier: wait until every worker has arrived, so that they
	// all increment at the same time.
	Atomics.add(slots, 1, 1);
	while (Atomics.load(slots, 1) < WORKERS) {
		// spin
	}
	for (let i = 0; i < ROUNDS; i++) {
		// Read, add, write: three steps another thread can slip between.
		slots[0] = (slots[0] ?? 0) + 1;
	}
}
