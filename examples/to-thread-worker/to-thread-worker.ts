import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

// CPU work: count primes below a limit (pure JavaScript).
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

// The work takes at least 0.5 s, however fast the machine is.
function slowCount(limit: number): number {
	const end = Date.now() + 500;
	let result = 0;
	while (Date.now() < end) result = countPrimes(limit);
	return result;
}

async function ticker(): Promise<void> {
	for (let n = 1; n <= 3; n++) {
		await sleep(100);
		console.log(`[ticker] tick ${n}`);
	}
}

// The same file is the worker: it runs the job it is sent.
function runInWorker(limit: number): Promise<number> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL(import.meta.url));
		worker.once('message', (n: number) => {
			resolve(n);
			void worker.terminate();
		});
		worker.once('error', reject);
		worker.postMessage(limit);
	});
}

if (isMainThread) {
	console.log('-- CPU work on the main thread --');
	let ticks = ticker();
	console.log(`[main] primes: ${slowCount(20_000)}`);
	await ticks;

	console.log('-- CPU work in a worker thread --');
	ticks = ticker();
	console.log(`[main] primes: ${await runInWorker(20_000)}`);
	await ticks;
} else {
	parentPort?.once('message', (limit: number) => {
		parentPort?.postMessage(slowCount(limit));
	});
}
