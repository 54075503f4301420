import { setTimeout as sleep } from 'node:timers/promises';

type Tagged<T> = { i: number; result: PromiseSettledResult<T> };

// Yields a settled result per promise, in completion order, so a
// rejection does not end the loop (and is never left unhandled).
async function* asCompleted<T>(
	promises: Promise<T>[]
): AsyncGenerator<PromiseSettledResult<T>> {
	const left = new Map(
		promises.map((p, i) => [
			i,
			p.then(
				(value: T): Tagged<T> => ({
					i,
					result: { status: 'fulfilled', value },
				}),
				(reason: unknown): Tagged<T> => ({
					i,
					result: { status: 'rejected', reason },
				})
			),
		])
	);
	while (left.size > 0) {
		const { i, result } = await Promise.race(left.values());
		left.delete(i);
		yield result;
	}
}

async function job(name: string, ms: number, fail = false) {
	await sleep(ms);
	if (fail) throw new Error(`${name} failed`);
	return name;
}

const jobs = [job('a', 300), job('b', 100, true), job('c', 200)];
for await (const r of asCompleted(jobs)) {
	if (r.status === 'fulfilled') {
		console.log(`[main] ok:    ${r.value}`);
	} else {
		console.log(`[main] error: ${(r.reason as Error).message}`);
	}
}
