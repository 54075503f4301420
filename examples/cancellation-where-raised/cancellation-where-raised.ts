// abort() is a request too; it arrives only where the signal was passed or checked.
import { setTimeout as sleep } from 'node:timers/promises';

async function worker(signal: AbortSignal): Promise<void> {
	console.log('[worker] started, now awaiting a 10 s sleep');
	try {
		await sleep(10_000, undefined, { signal }); // the timer listens to the signal
	} catch (err) {
		console.log(
			`[worker] the timer rejected with ${(err as Error).name}`
		);
		throw err;
	}
}

async function checksFirst(signal: AbortSignal): Promise<void> {
	signal.throwIfAborted(); // an explicit check point
	console.log('[checksFirst] this line never runs');
}

const controller = new AbortController();
const job = worker(controller.signal);
await sleep(100);
controller.abort();
console.log(
	`[main] abort() called; signal.aborted = ${controller.signal.aborted}`
);
try {
	await job;
} catch (err) {
	console.log(`[main] await job rejected with ${(err as Error).name}`);
}

try {
	await checksFirst(controller.signal); // already aborted before it started
} catch (err) {
	console.log(
		`[main] started after the abort: ${(err as Error).name} at its first check`
	);
}
