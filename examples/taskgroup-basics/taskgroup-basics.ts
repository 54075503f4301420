import { setTimeout as sleep } from 'node:timers/promises';

async function fetchData(name: string, ms: number): Promise<string> {
	await sleep(ms); // stands in for I/O
	console.log(`[${name}] done after ${ms} ms`);
	return `${name} data`;
}

// Promise.all waits for all of them while everything succeeds.
const pending = [
	fetchData('users', 300),
	fetchData('orders', 100),
	fetchData('stock', 200),
];
console.log('[main] three operations started');
const results = await Promise.all(pending);
console.log('[main] results:', results);
