// On SIGTERM a server stops taking work, finishes the jobs in flight, then exits.
import { setTimeout as sleep } from 'node:timers/promises';

let accepting = true;
const inFlight = new Set<Promise<void>>();

async function handle(job: number): Promise<void> {
	const start = performance.now();
	await sleep(300); // the work of one request
	performance.measure(`job ${job}`, { start });
	console.log(`[job ${job}] done`);
}

function request(job: number): void {
	if (!accepting) {
		console.log(`[server] job ${job} refused: shutting down`);
		return;
	}
	console.log(`[server] accepted job ${job}`);
	const work: Promise<void> = handle(job).finally(() =>
		inFlight.delete(work)
	);
	inFlight.add(work);
}

process.once('SIGTERM', async () => {
	accepting = false;
	console.log(
		`[server] SIGTERM: no new jobs; ${inFlight.size} in flight`
	);
	await Promise.all(inFlight); // drain: wait for the jobs in flight
	console.log('[server] drained; exit code 0');
	process.exit(0);
});

// The outside world: three requests, then `kill <pid>`, then one more request.
for (const job of [1, 2, 3]) {
	request(job);
	await sleep(50);
}
process.kill(process.pid, 'SIGTERM');
await sleep(50);
request(4);
