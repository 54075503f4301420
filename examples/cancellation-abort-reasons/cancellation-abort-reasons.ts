import { EventEmitter, once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

// One reason, three APIs: what does each one reject with?
const reason = new Error('the user pressed stop');
const controller = new AbortController();
controller.abort(reason);
const { signal } = controller;

function describe(api: string, err: unknown, expected: unknown): void {
	const e = err as Error;
	const cause = e.cause === expected ? 'the reason' : String(e.cause);
	console.log(
		`${api}: ${e.name}, is the reason itself: ${e === expected}, cause: ${cause}`
	);
}

try {
	await sleep(100, undefined, { signal });
} catch (err) {
	describe('timers/promises setTimeout', err, reason);
}
try {
	await once(new EventEmitter(), 'ready', { signal });
} catch (err) {
	describe('events.once', err, reason);
}
try {
	// A data: URL needs no network, and fetch checks the signal first.
	await fetch('data:text/plain,hello', { signal });
} catch (err) {
	describe('fetch', err, reason);
}
// abort() with no reason of its own makes a DOMException the reason.
const bare = AbortSignal.abort();
try {
	await fetch('data:text/plain,hello', { signal: bare });
} catch (err) {
	describe('fetch, abort() with no reason', err, bare.reason);
}
