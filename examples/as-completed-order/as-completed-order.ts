import { setTimeout as sleep } from 'node:timers/promises';

// No built-in as_completed: race the promises that are left,
// yield the winner, drop it, repeat.
// (A rejection would end this loop: see as-completed-errors.)
async function* asCompleted<T>(
	promises: Promise<T>[]
): AsyncGenerator<T> {
	// Tag each promise with its index so we know which one won.
	const left = new Map(
		promises.map((p, i) => [i, p.then((value) => ({ i, value }))])
	);
	while (left.size > 0) {
		const { i, value } = await Promise.race(left.values());
		left.delete(i);
		yield value;
	}
}

async function job(name: string, ms: number): Promise<string> {
	await sleep(ms);
	return `${name} (${ms} ms)`;
}

const jobs = [job('a', 300), job('b', 100), job('c', 200)];
// Results arrive in completion order, not list order.
for await (const result of asCompleted(jobs)) {
	console.log(`[main] got ${result}`);
}
