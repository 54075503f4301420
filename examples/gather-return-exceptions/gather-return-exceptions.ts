// Promise.allSettled: wait for all, and get one report per promise.
import { setTimeout as sleep } from 'node:timers/promises';

async function work(
	name: string,
	seconds: number,
	fail = false
): Promise<string> {
	await sleep(seconds * 1000);
	if (fail) {
		throw new Error(`${name} broke`);
	}
	return `${name}-result`;
}

const results = await Promise.allSettled([
	work('a', 0.3),
	work('b', 0.1, true),
	work('c', 0.2),
]);
for (const result of results) {
	// Each entry is { status, value } or { status, reason }.
	if (result.status === 'rejected') {
		console.log(`rejected, reason: ${String(result.reason)}`);
	} else {
		console.log(`fulfilled, value: ${result.value}`);
	}
}
