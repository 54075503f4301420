// Node's counterpart of an interpreter per thread: a worker, with a JavaScript engine instance of its own.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

// One long synchronous call: nothing else runs on its thread until it returns.
function longCall(): number {
	const start = performance.now();
	let total = 0;
	for (let i = 0; i < 300_000_000; i++) total += i;
	if (total < 0) console.log('never'); // keeps the loop from being optimised away
	return performance.now() - start;
}

/** Runs busy(); meanwhile a timer on the main thread notes the time as often as it can run. */
async function mainThreadWhile(
	busy: () => Promise<number>
): Promise<string> {
	const ticks = [performance.now()];
	const timer = setInterval(() => ticks.push(performance.now()), 1);
	const took = await busy();
	ticks.push(performance.now());
	clearInterval(timer);
	const longestPause = Math.max(
		...ticks.slice(1).map((t, i) => t - ticks[i]!)
	);
	return longestPause > took / 2
		? 'the main thread stopped until the call returned'
		: 'the main thread kept running JavaScript';
}

if (isMainThread) {
	console.log(
		`on the main thread: ${await mainThreadWhile(async () => longCall())}`
	);

	const worker = new Worker(new URL(import.meta.url));
	const ask = <T>(what: string) =>
		new Promise<T>((ok) => {
			worker.once('message', ok);
			worker.postMessage(what);
		});
	console.log(
		`in a worker thread: ${await mainThreadWhile(() => ask<number>('long call'))}`
	);

	// Nothing is shared by default: the worker's global does not exist here.
	await ask('set a global');
	console.log(
		`the main thread reads the worker's global: ${'name' in globalThis ? 'ok' : 'not defined'}`
	);

	// What crosses to a worker is copied (structured clone); a function cannot be.
	for (const value of [
		42,
		'text',
		[1, 2],
		{ k: 1 },
		new Map([['k', 1]]),
		() => 1,
	]) {
		let result = 'copied';
		try {
			structuredClone(value);
		} catch (error) {
			result = `refused (${(error as Error).name})`;
		}
		const kind =
			typeof value === 'object' ? value.constructor.name : typeof value;
		console.log(`  ${kind.padEnd(8)} sent to a worker: ${result}`);
	}
	await worker.terminate();
} else {
	parentPort?.on('message', (what: string) => {
		if (what === 'long call') parentPort?.postMessage(longCall());
		else {
			Object.assign(globalThis, { name: 'set in the worker' });
			parentPort?.postMessage('done');
		}
	});
}
