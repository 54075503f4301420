import { setTimeout as sleep } from 'node:timers/promises';

// The operation must accept a signal: nothing else can stop it.
async function fetchData(
	name: string,
	ms: number,
	signal: AbortSignal
): Promise<string> {
	console.log(`[${name}] started, needs ${ms} ms`);
	try {
		await sleep(ms, undefined, { signal }); // stands in for I/O
	} catch (err) {
		console.log(`[${name}] aborted at the deadline`);
		throw err;
	}
	console.log(`[${name}] finished`);
	return `${name} data`;
}

async function attempt(name: string, ms: number): Promise<void> {
	const signal = AbortSignal.timeout(200);
	try {
		const result = await fetchData(name, ms, signal);
		console.log(`[main] got '${result}'`);
	} catch (err) {
		const e = err as Error;
		console.log(`[main] caught ${e.name}`);
		const reason = signal.reason as Error;
		console.log(`[main] signal.reason: ${reason.name}`);
	}
	console.log(`[main] signal.aborted = ${signal.aborted}`);
}

await attempt('fast', 100);
console.log('---');
await attempt('slow', 300);
