// Awaiting async calls one after another: times add up.
import { setTimeout as sleep } from 'node:timers/promises';

async function step(name: string, seconds: number): Promise<void> {
	console.log(`[${name}] starts`);
	await sleep(seconds * 1000);
	console.log(`[${name}] ends`);
}

console.log('-- await one call, then the other');
let start = performance.now();
await step('first', 0.2);
await step('second', 0.3); // called only when first is over
if (performance.now() - start > 450) {
	console.log('took about the sum: 0.2 s + 0.3 s = 0.5 s');
}

console.log('-- call both first, then await');
start = performance.now();
const first = step('first', 0.2); // starts running now
const second = step('second', 0.3); // starts running now
await first;
await second;
if (performance.now() - start < 450) {
	console.log('took about the longest one: 0.3 s');
}
