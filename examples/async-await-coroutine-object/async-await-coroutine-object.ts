// Calling an async function runs its body up to the first await.
import { setTimeout as sleep } from 'node:timers/promises';

async function greet(name: string): Promise<string> {
	console.log(`[greet] body starts for ${name}`);
	await sleep(100);
	console.log(`[greet] body ends for ${name}`);
	return `hello, ${name}`;
}

const promise = greet('Ada');
console.log("[main] called greet('Ada')");
console.log(`[main] got a Promise: ${promise instanceof Promise}`);
console.log('[main] the body already started');
const result = await promise;
console.log(`[main] await gave '${result}'`);

void greet('Bob'); // never awaited: no warning, and Bob runs anyway
await sleep(200);
console.log('[main] end');
