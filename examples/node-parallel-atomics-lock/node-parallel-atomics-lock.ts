import {
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';

const WORKERS = 2;
const ROUNDS = 100_000;
const TRIES = 20; // unlocked runs to try before giving up on seeing a tear
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

type Job = { shared: SharedArrayBuffer; i: number; useLock: boolean };

// Two workers move 1 between two balances, ROUNDS times each, and count
// how often they saw a total other than 1000 before a move.
async function run(useLock: boolean) {
	// Slot 0: the lock. Slots 1 and 2: two balances that must always
	// add up to 1000, changed with plain (non-atomic) reads and writes.
	// Slot 3: a start line, so that both workers move at the same time.
	const shared = new SharedArrayBuffer(4 * 4);
	const slots = new Int32Array(shared);
	slots[1] = 1000;
	const workers = Array.from(
		{ length: WORKERS },
		(_, i) =>
			new Worker(new URL(import.meta.url), {
				workerData: { shared, i, useLock } satisfies Job,
			})
	);
	const seen = await Promise.all(
		workers.map(
			(w) => new Promise<number>((ok) => w.once('message', ok))
		)
	);
	await Promise.all(workers.map((w) => w.terminate()));
	return { broken: seen[0]! + seen[1]!, total: slots[1]! + slots[2]! };
}

if (isMainThread) {
	const locked = await run(true);
	console.log(`with the lock: ${WORKERS} workers x ${ROUNDS} moves`);
	console.log(
		`  times a worker saw a total other than 1000: ${locked.broken}`
	);
	console.log(`  final total: ${locked.total}`);

	// The same moves without the lock, so the check above is one that
	// could fail. Two workers only collide when the OS runs them at the
	// same moment, so a run may see nothing: try up to TRIES times.
	let tornSeen = false;
	for (let t = 0; t < TRIES && !tornSeen; t++) {
		tornSeen = (await run(false)).broken > 0;
	}
	console.log('without the lock, the same moves:');
	console.log(
		`  a worker saw a total other than 1000: ${tornSeen ? 'yes' : 'no'}`
	);
} else {
	const { shared, i, useLock } = workerData as Job;
	const slots = new Int32Array(shared);
	const [from, to] = i === 0 ? [1, 2] : [2, 1];
	Atomics.add(slots, 3, 1);
	while (Atomics.load(slots, 3) < WORKERS) {
		// wait at the start line for the other worker
	}
	let broken = 0;
	for (let r = 0; r < ROUNDS; r++) {
		if (useLock) lock(slots);
		// Two steps that belong together: nobody may look in between.
		if (slots[1]! + slots[2]! !== 1000) broken++;
		slots[from] = slots[from]! - 1;
		slots[to] = slots[to]! + 1;
		if (useLock) unlock(slots);
	}
	parentPort?.postMessage(broken);
}
