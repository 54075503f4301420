import { Worker, isMainThread, parentPort } from 'node:worker_threads';

// CPU work: how many primes are below `limit` (deliberately naive).
function countPrimes(limit: number): number {
	let count = 0;
	for (let n = 2; n < limit; n++) {
		let prime = true;
		for (let d = 2; d * d <= n; d++) {
			if (n % d === 0) {
				prime = false;
				break;
			}
		}
		if (prime) count++;
	}
	return count;
}

if (isMainThread) {
	const SIZE = 2; // workers in the pool, started once and reused
	const limits = [200_000, 10_000, 150_000, 50_000, 100_000, 20_000];

	const idle: Worker[] = [];
	const waiting: Array<(worker: Worker) => void> = [];
	let busy = 0;
	let mostBusy = 0;

	// A job waits here until one of the workers is free.
	const acquire = () =>
		new Promise<Worker>((ok) => {
			const worker = idle.pop();
			if (worker) ok(worker);
			else waiting.push(ok);
		});
	const release = (worker: Worker) => {
		const next = waiting.shift();
		if (next) next(worker);
		else idle.push(worker);
	};
	async function run(limit: number): Promise<number> {
		const worker = await acquire();
		mostBusy = Math.max(mostBusy, ++busy);
		try {
			return await new Promise<number>((ok) => {
				worker.once('message', ok);
				worker.postMessage(limit);
			});
		} finally {
			busy--;
			release(worker);
		}
	}

	for (let i = 0; i < SIZE; i++) {
		idle.push(new Worker(new URL(import.meta.url)));
	}
	// Promise.all keeps input order, whichever job finished first.
	const counts = await Promise.all(limits.map(run));
	limits.forEach((limit, i) => {
		console.log(`primes below ${limit}: ${counts[i]}`);
	});
	console.log(`${limits.length} jobs, at most ${mostBusy} at once`);
	await Promise.all(idle.map((worker) => worker.terminate()));
} else {
	parentPort?.on('message', (limit: number) => {
		parentPort?.postMessage(countPrimes(limit));
	});
}
