// No create_task in JS: calling the async function starts it.
import { setTimeout as sleep } from 'node:timers/promises';
import { setImmediate as yieldToLoop } from 'node:timers/promises';

async function job(name: string, seconds: number): Promise<void> {
	console.log(`[${name}] started`);
	await sleep(seconds * 1000);
	console.log(`[${name}] finished`);
}

const plan: [string, number][] = [
	['first', 0.3],
	['second', 0.1],
	['third', 0.2],
];
const promises: Promise<void>[] = [];
for (const [name, seconds] of plan) {
	promises.push(job(name, seconds)); // runs up to its first await
	console.log(`[main] called job('${name}')`);
}

console.log('[main] await setImmediate(): let the loop run');
await yieldToLoop();
console.log('[main] back in main');

for (const promise of promises) {
	await promise;
}
console.log('[main] all done');
