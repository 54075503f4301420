import { setTimeout as sleep } from 'node:timers/promises';

// asCompleted with one deadline for the whole loop. When it
// passes, the loop throws; the promises left are NOT cancelled.
async function* asCompleted<T>(
	promises: Promise<T>[],
	timeoutMs: number
): AsyncGenerator<T> {
	const signal = AbortSignal.timeout(timeoutMs);
	const deadline = new Promise<never>((_, reject) => {
		signal.addEventListener('abort', () => reject(signal.reason), {
			once: true,
		});
	});
	const left = new Map(
		promises.map((p, i) => [i, p.then((value) => ({ i, value }))])
	);
	while (left.size > 0) {
		const racers = [...left.values(), deadline];
		const { i, value } = await Promise.race(racers);
		left.delete(i);
		yield value;
	}
}

async function job(name: string, ms: number): Promise<string> {
	await sleep(ms);
	console.log(`[${name}] finished`);
	return name;
}

const fast = job('fast', 100);
const slow = job('slow', 400);
try {
	for await (const result of asCompleted([fast, slow], 200)) {
		console.log(`[main] got ${JSON.stringify(result)}`);
	}
} catch (err) {
	console.log(`[main] ${(err as Error).name} after 200 ms`);
}

// Nothing was cancelled; slow can still be awaited.
const slowResult = JSON.stringify(await slow);
console.log(`[main] awaiting slow gives: ${slowResult}`);
