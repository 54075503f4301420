import { Worker, isMainThread, parentPort } from 'node:worker_threads';

type Job = { id: number; limit: number };
type Done = { id: number; primes: number };

// CPU work, run inside the workers.
function countPrimes(limit: number): number {
	let found = 0;
	for (let n = 2; n < limit; n++) {
		let prime = true;
		for (let d = 2; d * d <= n; d++) {
			if (n % d === 0) {
				prime = false;
				break;
			}
		}
		if (prime) found++;
	}
	return found;
}

// A tiny fixed-size pool: a queue of jobs, idle workers take the
// next one. run() returns a promise, like run_in_executor.
class WorkerPool {
	private idle: Worker[] = [];
	private queue: Job[] = [];
	private waiting = new Map<number, (primes: number) => void>();
	private nextId = 0;

	constructor(size: number) {
		for (let i = 0; i < size; i++) {
			const worker = new Worker(new URL(import.meta.url));
			worker.on('message', (done: Done) => {
				this.waiting.get(done.id)?.(done.primes);
				this.waiting.delete(done.id);
				this.idle.push(worker);
				this.dispatch();
			});
			this.idle.push(worker);
		}
	}

	run(limit: number): Promise<number> {
		const id = this.nextId++;
		const result = new Promise<number>((resolve) => {
			this.waiting.set(id, resolve);
		});
		this.queue.push({ id, limit });
		this.dispatch();
		return result;
	}

	private dispatch(): void {
		while (this.idle.length > 0 && this.queue.length > 0) {
			this.idle.pop()?.postMessage(this.queue.shift());
		}
	}

	async close(): Promise<void> {
		await Promise.all(this.idle.map((w) => w.terminate()));
	}
}

if (isMainThread) {
	const pool = new WorkerPool(2);
	const limits = [50_000, 100_000, 150_000, 200_000];
	console.log(`[main] ${limits.length} jobs on 2 worker threads`);
	// Results come back in the order of the calls, like gather.
	const results = await Promise.all(limits.map((n) => pool.run(n)));
	limits.forEach((n, i) => {
		console.log(`[main] primes below ${n}: ${results[i]}`);
	});
	await pool.close();
} else {
	parentPort?.on('message', (job: Job) => {
		const done: Done = { id: job.id, primes: countPrimes(job.limit) };
		parentPort?.postMessage(done);
	});
}
