// Promise.all rejects on the first error; the others keep running.
import { setTimeout as sleep } from 'node:timers/promises';

async function work(
	name: string,
	seconds: number,
	fail = false
): Promise<string> {
	await sleep(seconds * 1000);
	if (fail) {
		console.log(`[${name}] throwing Error`);
		throw new Error(`${name} broke`);
	}
	console.log(`[${name}] finished`);
	return `${name}-result`;
}

// 0.4 s between the failure and the next job to finish: the order below holds on a busy machine too.
const bad = work('bad', 0.1, true);
const medium = work('medium', 0.5);
const slow = work('slow', 0.7);
try {
	await Promise.all([bad, medium, slow]);
} catch (err) {
	console.log(`[main] Promise.all rejected: ${String(err)}`);
}

// Nothing was cancelled (JS promises cannot be): they still run.
console.log(`[main] later: ${await medium}, ${await slow}`);
