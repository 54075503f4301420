// An event: many callers wait until one of them says 'ready'.
import { setTimeout as sleep } from 'node:timers/promises';

/** A one-shot event: a promise whose resolve function is handed out. */
const ready = Promise.withResolvers<void>();
let isSet = false;

async function worker(name: string): Promise<void> {
	console.log(`[${name}] waiting for the config`);
	await ready.promise; // every awaiter wakes on one resolve()
	console.log(`[${name}] config is there, starting`);
}

async function loadConfig(): Promise<void> {
	await sleep(100);
	console.log('[loader] config loaded: resolve()');
	isSet = true;
	ready.resolve();
}

await Promise.all([worker('a'), worker('b'), loadConfig()]);

// A settled promise stays settled: a late waiter does not wait at all.
console.log(`is set: ${isSet}`);
await worker('late');
// There is no clear(): a promise settles once. Make a new one instead.
