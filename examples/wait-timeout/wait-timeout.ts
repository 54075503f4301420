import { setTimeout as sleep } from 'node:timers/promises';

async function job(name: string, ms: number): Promise<string> {
	await sleep(ms);
	console.log(`[${name}] done after ${ms} ms`);
	return name;
}

// No built-in done/pending split: keep track of it yourself.
const done = new Set<string>();
const track = (name: string, ms: number) =>
	job(name, ms).then((value) => {
		done.add(name);
		return value;
	});
const jobs = { fast: track('fast', 100), slow: track('slow', 300) };

// Wait at most 200 ms for all of them.
const timedOut = Symbol('timed out');
const outcome = await Promise.race([
	Promise.all(Object.values(jobs)),
	sleep(200, timedOut),
]);
if (outcome === timedOut) {
	const pending = Object.keys(jobs).filter((n) => !done.has(n));
	const show = (names: Iterable<string>) => JSON.stringify([...names]);
	console.log(`[main] after the timeout: done=${show(done)}`);
	console.log(`[main]                    pending=${show(pending)}`);
}

// Nothing was cancelled; slow can still be awaited.
const slowResult = JSON.stringify(await jobs.slow);
console.log(`[main] awaiting slow gives: ${slowResult}`);
