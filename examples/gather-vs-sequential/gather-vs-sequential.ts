// Three waits awaited one after another, then the same three with Promise.all.
import { setTimeout as sleep } from 'node:timers/promises';

async function fetchItem(name: string, ms: number): Promise<string> {
	await sleep(ms); // stands in for I/O
	return name;
}

// Names a span for tools that show a timeline (an async call is no task).
async function measured<T>(
	name: string,
	work: () => Promise<T>
): Promise<T> {
	const start = performance.now();
	const result = await work();
	performance.measure(name, { start });
	return result;
}

// Each await starts the next fetch only when the last one is over.
const oneByOne = await measured('one by one', async () => [
	await measured('a', () => fetchItem('a', 300)),
	await measured('b', () => fetchItem('b', 200)),
	await measured('c', () => fetchItem('c', 100)),
]);
console.log('one by one:', oneByOne);

// All three calls start at once; Promise.all waits for all of them.
const together = await measured('Promise.all', () =>
	Promise.all([
		measured('a', () => fetchItem('a', 300)),
		measured('b', () => fetchItem('b', 200)),
		measured('c', () => fetchItem('c', 100)),
	])
);
console.log('Promise.all:', together);
