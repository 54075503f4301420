import {
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';

const WORKERS = 2;
const ROUNDS = 10_000;
const UNLOCKED = 0;
const LOCKED = 1;

// A mutex made of one Int32 slot: compareExchange takes it, and
// Atomics.wait sleeps (no spinning) until the holder calls notify.
function lock(slots: Int32Array): void {
	while (
		Atomics.compareExchange(slots, 0, UNLOCKED, LOCKED) !== UNLOCKED
	) {
		Atomics.wait(slots, 0, LOCKED);
	}
}
function unlock(slots: Int32Array): void {
	Atomics.store(slots, 0, UNLOCKED);
	Atomics.notify(slots, 0, 1); // wake one waiting thread, if any
}

if (isMainThread) {
	// Slot 0: the lock. Slots 1 and 2: two balances that must always
	// add up to 1000, changed with plain (non-atomic) reads and writes.
	const shared = new SharedArrayBuffer(3 * 4);
	const slots = new Int32Array(shared);
	slots[1] = 1000;
	const workers = Array.from(
		{ length: WORKERS },
		(_, i) =>
			new Worker(new URL(import.meta.url), {
				workerData: { shared, i },
			})
	);
	const broken = await Promise.all(
		workers.map(
			(w) => new Promise<number>((ok) => w.once('message', ok))
		)
	);
	await Promise.all(workers.map((w) => w.terminate()));
	console.log(`moves: ${WORKERS} workers x ${ROUNDS}`);
	console.log(
		`times a worker saw a total other than 1000: ${broken[0]! + broken[1]!}`
	);
	console.log(`final total: ${slots[1]! + slots[2]!}`);
} else {
	const { shared, i } = workerData as {
		shared: SharedArrayBuffer;
		i: number;
	};
	const slots = new Int32Array(shared);
	const [from, to] = i === 0 ? [1, 2] : [2, 1];
	let broken = 0;
	for (let r = 0; r < ROUNDS; r++) {
		lock(slots);
		// Two steps that belong together: nobody may look in between.
		if (slots[1]! + slots[2]! !== 1000) broken++;
		slots[from] = slots[from]! - 1;
		slots[to] = slots[to]! + 1;
		unlock(slots);
	}
	parentPort?.postMessage(broken);
}
