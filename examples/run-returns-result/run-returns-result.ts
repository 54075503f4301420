// No asyncio.run in Node: an ES module can await at the top level.
import { setTimeout as sleep } from 'node:timers/promises';

async function main(): Promise<number> {
	console.log('[main] running on the event loop');
	await sleep(100);
	return 42;
}

console.log('[top level] before');
const result = await main(); // top-level await: ES modules only
console.log(`[top level] await returned ${result}`);
