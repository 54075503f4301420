// The same deadlock in Node: two async functions wait for each other. Node does not hang: it exits.
import { setTimeout as sleep } from 'node:timers/promises';

const aDone = Promise.withResolvers<void>();
const bDone = Promise.withResolvers<void>();

async function workerA(): Promise<void> {
	await bDone.promise;
	aDone.resolve();
}
async function workerB(): Promise<void> {
	await aDone.promise;
	bDone.resolve();
}

const both = Promise.all([workerA(), workerB()]);
await sleep(500);
// Node lists what keeps its loop alive (timers, sockets, handles), never what an async function awaits.
const timers = process
	.getActiveResourcesInfo()
	.filter((resource) => resource === 'Timeout');
console.log(`after 500 ms, timers still pending: ${timers.length}`);
console.log('awaiting the two workers, which can never finish');
await both;
console.log('never printed');
