import { setTimeout as sleep } from 'node:timers/promises';

async function job(name: string, ms: number): Promise<string> {
	await sleep(ms);
	console.log(`[${name}] done after ${ms} ms`);
	return name;
}

const jobs = [job('a', 300), job('b', 100), job('c', 200)];

// Promise.race settles like the FIRST one to settle...
const first = await Promise.race(jobs);
console.log(`[main] Promise.race gave: ${first}`);
// ...but returns only that value: no done set, no pending set.
// The other two were not cancelled; they are still running.

const all = await Promise.all(jobs);
console.log(`[main] results in list order: ${JSON.stringify(all)}`);
