// The consumer aborts while its generator awaits: the AbortError is raised inside the generator.
import { setTimeout as sleep } from 'node:timers/promises';

async function* ticks(signal: AbortSignal): AsyncGenerator<number> {
	let n = 0;
	try {
		while (true) {
			await sleep(100, undefined, { signal }); // the abort lands here
			n++;
			yield n;
		}
	} catch (err) {
		console.log(`  [ticks] ${(err as Error).name} at its await`);
		throw err; // let the abort go on
	} finally {
		console.log(`  [ticks] finally: ${n} ticks sent, closing`);
	}
}

const controller = new AbortController();
const start = performance.now();
try {
	for await (const n of ticks(controller.signal)) {
		console.log(`[consumer] tick ${n}`);
		if (n === 2) {
			console.log('[main] aborting the consumer');
			controller.abort();
		}
	}
} catch (err) {
	console.log(`[main] consumer ended with ${(err as Error).name}`);
}
performance.measure('consumer', { start });
