// The consumer aborts while its generator awaits: the AbortError is raised inside the generator.
import { setTimeout as sleep } from 'node:timers/promises';

let inSleep = false; // true while the generator waits in its sleep

async function* ticks(signal: AbortSignal): AsyncGenerator<number> {
	let n = 0;
	try {
		while (true) {
			inSleep = true;
			await sleep(100, undefined, { signal }); // the abort lands here
			inSleep = false;
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
			// 50 ms from now: the generator is then halfway through its next sleep.
			setTimeout(() => {
				console.log(
					`[timer] aborting; generator in its sleep: ${inSleep}`
				);
				controller.abort();
			}, 50);
		}
	}
} catch (err) {
	console.log(`[main] consumer ended with ${(err as Error).name}`);
}
performance.measure('consumer', { start });
