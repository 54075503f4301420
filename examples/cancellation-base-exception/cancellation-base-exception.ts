// An AbortError is an ordinary Error, so a catch-all swallows it.
import { setTimeout as sleep } from 'node:timers/promises';

async function flakyCall(signal: AbortSignal): Promise<string> {
	await sleep(200, undefined, { signal });
	throw new Error('flaky');
}

async function retry(
	name: string,
	signal: AbortSignal,
	careful: boolean
): Promise<string> {
	for (let attempt = 1; attempt <= 4; attempt++) {
		try {
			return await flakyCall(signal);
		} catch (err) {
			// Without this check, the abort is just one more failure.
			if (careful && signal.aborted) throw err;
			console.log(
				`[${name}] attempt ${attempt}: ${(err as Error).name}, retrying`
			);
		}
	}
	return 'gave up after 4 attempts';
}

async function abortAtHalfASecond(
	name: string,
	careful: boolean
): Promise<void> {
	const controller = new AbortController();
	const job = retry(name, controller.signal, careful);
	await sleep(500); // between attempt 2 (0.4 s) and 3 (0.6 s)
	controller.abort();
	try {
		console.log(`[main] ${name}: returned '${await job}'`);
	} catch (err) {
		console.log(`[main] ${name}: rejected with ${(err as Error).name}`);
	}
}

const abortError = (() => {
	const c = new AbortController();
	c.abort();
	return c.signal.reason as Error;
})();
console.log(
	`an abort reason is an Error: ${abortError instanceof Error} (${abortError.name})`
);
await abortAtHalfASecond('plain catch', false);
await abortAtHalfASecond('catch + signal.aborted check', true);
