// Promise.any: the first success wins; AggregateError if all fail.
import { setTimeout as sleep } from 'node:timers/promises';

async function work(
	name: string,
	seconds: number,
	fail = false
): Promise<string> {
	await sleep(seconds * 1000);
	if (fail) {
		console.log(`[${name}] failed`);
		throw new Error(`${name} broke`);
	}
	console.log(`[${name}] succeeded`);
	return `${name}-result`;
}

// A failure at 0.1 s is skipped; the first success (0.2 s) wins.
const winner = await Promise.any([
	work('mirror-1', 0.1, true),
	work('mirror-2', 0.2),
	work('mirror-3', 0.3),
]);
console.log(`[main] winner: ${winner}`);

await sleep(200); // mirror-3 was not cancelled: it still finishes

// When every promise rejects, Promise.any rejects with all reasons.
try {
	await Promise.any([work('x', 0.1, true), work('y', 0.2, true)]);
} catch (err) {
	if (err instanceof AggregateError) {
		console.log(`[main] ${err.name}: ${err.message}`);
		for (const reason of err.errors) {
			console.log(`[main]   reason: ${String(reason)}`);
		}
	}
}
