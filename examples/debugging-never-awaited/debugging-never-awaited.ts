// Calling an async function without await: it runs anyway, and nobody waits.
import { setTimeout as sleep } from 'node:timers/promises';

async function save(record: string): Promise<void> {
	await sleep(100);
	console.log(`[save] ${record} saved`);
}

save('order 1'); // the same bug: no await. No warning, no error.
console.log("[main] called save('order 1') without await");
await save('order 2');
console.log('[main] done');
