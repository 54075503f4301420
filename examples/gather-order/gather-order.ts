// Promise.all returns results in input order, not completion order.
import { setTimeout as sleep } from 'node:timers/promises';

async function fetchIt(name: string, seconds: number): Promise<string> {
	await sleep(seconds * 1000);
	console.log(`[${name}] finished after ${seconds} s`);
	return `${name}-result`;
}

const [aReturn, bReturn, cReturn] = await Promise.all([
	fetchIt('a', 0.3),
	fetchIt('b', 0.2),
	fetchIt('c', 0.1),
]);
console.log(`[main] aReturn = ${aReturn}`);
console.log(`[main] bReturn = ${bReturn}`);
console.log(`[main] cReturn = ${cReturn}`);
