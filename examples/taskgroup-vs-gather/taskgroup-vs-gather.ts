import { setTimeout as sleep } from 'node:timers/promises';

async function fetchData(
	name: string,
	ms: number,
	signal?: AbortSignal
): Promise<string> {
	await sleep(ms, undefined, { signal });
	console.log(`  [${name}] done after ${ms} ms`);
	return name;
}

async function fail(name: string, ms: number): Promise<string> {
	await sleep(ms);
	throw new Error(`${name} is down`);
}

console.log('Promise.all:');
try {
	await Promise.all([fail('orders', 100), fetchData('stock', 200)]);
} catch (err) {
	console.log(`  rejected at once: ${(err as Error).message}`);
}
console.log('  ...but stock is still running:');
await sleep(200); // stock finishes in the background

console.log('Promise.all + AbortController:');
const controller = new AbortController();
const stock = fetchData('stock', 200, controller.signal);
try {
	await Promise.all([fail('orders', 100), stock]);
} catch (err) {
	controller.abort(); // stops everything that honours the signal
	const settled = await Promise.allSettled([stock]);
	console.log(`  rejected: ${(err as Error).message}`);
	console.log(`  stock: ${settled[0]?.status}`);
}
await sleep(200);
console.log('  nothing else printed: stock was stopped');
