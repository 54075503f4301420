import { setTimeout as sleep } from 'node:timers/promises';

async function job(name: string, ms: number, fail = false) {
	await sleep(ms);
	if (fail) {
		console.log(`[${name}] throwing after ${ms} ms`);
		throw new Error(`${name} failed`);
	}
	console.log(`[${name}] done after ${ms} ms`);
	return name;
}

const jobs = [job('a', 100), job('b', 200, true), job('c', 300)];

// The closest built-in: Promise.all rejects at the first rejection.
try {
	await Promise.all(jobs);
} catch (err) {
	console.log(`[main] Promise.all rejected: ${(err as Error).message}`);
	// a's result is not in hand, and there is no pending set.
}
// c cannot be cancelled from here: it keeps running to the end.
