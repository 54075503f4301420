import { setTimeout as sleep } from 'node:timers/promises';

// Cancellation in JS is opt-in: the job must accept a signal.
async function job(ms: number, signal: AbortSignal): Promise<string> {
	console.log(`[job] started, needs ${ms} ms`);
	try {
		await sleep(ms, undefined, { signal });
	} catch (err) {
		console.log('[job] aborted, cleaning up for 100 ms');
		await sleep(100);
		console.log('[job] cleanup done');
		throw err;
	}
	console.log('[job] finished');
	return 'result';
}

// In time: the job resolves.
const result = await job(100, AbortSignal.timeout(500));
console.log(`[main] got ${JSON.stringify(result)}`);

// Too slow: the signal aborts the timer inside the job.
try {
	await job(500, AbortSignal.timeout(200));
} catch (err) {
	const e = err as Error & { code?: string; cause?: Error };
	console.log(`[main] caught ${e.name} (code ${e.code})`);
	console.log(`[main] its cause: ${e.cause?.name}`);
}
