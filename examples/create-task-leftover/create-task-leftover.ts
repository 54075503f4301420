// Node never cancels a call that is still running.
import { setTimeout as sleep } from 'node:timers/promises';

async function job(name: string, seconds: number): Promise<void> {
	console.log(`[${name}] started, needs ${seconds} s`);
	await sleep(seconds * 1000);
	console.log(`[${name}] finished`);
}

async function main(): Promise<void> {
	void job('a', 0.1); // started, never awaited
	void job('b', 0.3);
	await sleep(200);
	console.log('[main] returning; b is not done');
}

await main();
console.log('[top level] main returned');
// The process exits only once no timer is left: b still gets to finish.
process.on('exit', () => {
	console.log('[process] exit: nothing left to run');
});
