import {
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';

// Slots 0 and 1: two locks (0 free, 1 taken). Slot 2: a barrier count.
type Job = {
	shared: SharedArrayBuffer;
	first: number;
	second: number;
	meet: boolean;
};

// Takes lock `i`, waiting at most `ms`; false if it is still taken.
function tryLock(slots: Int32Array, i: number, ms: number): boolean {
	const deadline = performance.now() + ms;
	while (Atomics.compareExchange(slots, i, 0, 1) !== 0) {
		const left = deadline - performance.now();
		if (left <= 0) return false;
		Atomics.wait(slots, i, 1, left);
	}
	return true;
}
function unlock(slots: Int32Array, i: number): void {
	Atomics.store(slots, i, 0);
	Atomics.notify(slots, i, 1);
}

async function run(
	orders: Record<string, [number, number]>,
	meet: boolean
) {
	const shared = new SharedArrayBuffer(3 * 4);
	const results = await Promise.all(
		Object.entries(orders).map(([name, [first, second]]) => {
			const job: Job = { shared, first, second, meet };
			const worker = new Worker(new URL(import.meta.url), {
				workerData: job,
			});
			return new Promise<string>((ok) =>
				worker.once('message', (text: string) =>
					ok(`  ${name}: ${text}`)
				)
			);
		})
	);
	for (const line of results) console.log(line);
}

if (isMainThread) {
	console.log('opposite order (w1: a then b, w2: b then a):');
	await run({ w1: [0, 1], w2: [1, 0] }, true);
	console.log('same order for everyone (a before b):');
	await run({ w1: [0, 1], w2: [0, 1] }, false);
} else {
	const { shared, first, second, meet } = workerData as Job;
	const slots = new Int32Array(shared);
	tryLock(slots, first, Infinity);
	// Waits until both workers have called it `times` times in all.
	const barrier = (times: number) => {
		Atomics.add(slots, 2, 1);
		while (Atomics.load(slots, 2) < times)
			Atomics.wait(slots, 2, times - 1, 10);
	};
	if (meet) barrier(2); // the other worker now holds its first lock too
	// Waiting forever here would hang both workers: a deadlock.
	const got = tryLock(slots, second, 300);
	if (got) unlock(slots, second);
	if (meet) barrier(4); // keep holding the first lock until both tried
	unlock(slots, first);
	parentPort?.postMessage(
		got ? 'got both locks' : 'gave up: the other worker holds it'
	);
}
