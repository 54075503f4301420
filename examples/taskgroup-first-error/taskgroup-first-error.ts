import { setTimeout as sleep } from 'node:timers/promises';

// Every operation takes the shared signal and stops when it aborts.
async function fetchData(
	name: string,
	ms: number,
	signal: AbortSignal
): Promise<string> {
	try {
		await sleep(ms, undefined, { signal });
	} catch (err) {
		console.log(`[${name}] aborted, cleaning up`);
		throw err;
	}
	console.log(`[${name}] done after ${ms} ms`);
	return name;
}

async function fail(name: string, ms: number): Promise<string> {
	await sleep(ms);
	console.log(`[${name}] failing after ${ms} ms`);
	throw new Error(`${name} is down`);
}

// A hand-made task group: the first failure aborts the others,
// and we wait for all of them to settle before rethrowing.
async function taskGroup<T>(
	jobs: ((signal: AbortSignal) => Promise<T>)[]
): Promise<T[]> {
	const controller = new AbortController();
	const running = jobs.map((job) => job(controller.signal));
	try {
		return await Promise.all(running);
	} catch (err) {
		controller.abort(err);
		await Promise.allSettled(running); // like TaskGroup's exit
		throw err;
	}
}

try {
	await taskGroup([
		(signal) => fetchData('users', 100, signal),
		() => fail('orders', 200),
		(signal) => fetchData('stock', 300, signal),
		(signal) => fetchData('prices', 400, signal),
	]);
} catch (err) {
	console.log(`[main] handled: ${(err as Error).message}`);
}
console.log('[main] carries on');
