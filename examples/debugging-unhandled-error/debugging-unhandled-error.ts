// A promise rejects and nobody handles it: Node ends the process.
import { setTimeout as sleep } from 'node:timers/promises';

async function refreshCache(): Promise<void> {
	await sleep(100);
	throw new Error('cache server is down');
}

void refreshCache(); // fire and forget
console.log('[main] started refreshCache() without await');
await sleep(200);
console.log('[main] never printed: the process ended at the rejection');
