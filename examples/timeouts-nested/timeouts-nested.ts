import { setTimeout as sleep } from 'node:timers/promises';

async function step(
	name: string,
	needs: number,
	limit: number,
	overall: AbortSignal
): Promise<void> {
	console.log(`[${name}] needs ${needs} ms, own limit ${limit} ms`);
	// Aborts when either the overall or the own deadline passes.
	const signal = AbortSignal.any([overall, AbortSignal.timeout(limit)]);
	try {
		await sleep(needs, undefined, { signal });
		console.log(`[${name}] done`);
	} catch (err) {
		if (overall.aborted) throw err; // not ours: pass it up
		console.log(`[${name}] own deadline hit, using a fallback`);
	}
}

// The whole job may take 300 ms at most.
const overall = AbortSignal.timeout(300);
try {
	await step('step 1', 200, 100, overall);
	await step('step 2', 400, 500, overall);
	console.log('[main] never printed');
} catch {
	console.log(`[main] overall deadline hit (${overall.reason.name})`);
}
