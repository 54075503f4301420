// Clean up in finally; but not with the signal that was just aborted.
import { setTimeout as sleep } from 'node:timers/promises';

async function job(
	name: string,
	signal: AbortSignal,
	cleanUpWithSignal: boolean
): Promise<void> {
	console.log(`[${name}] connected, working`);
	try {
		await sleep(10_000, undefined, { signal });
	} finally {
		// runs on success, error and abort alike
		console.log(`[${name}] closing the connection (takes 0.2 s)`);
		try {
			await sleep(200, undefined, cleanUpWithSignal ? { signal } : {});
			console.log(`[${name}] connection closed`);
		} catch (err) {
			console.log(
				`[${name}] clean-up failed at once: ${(err as Error).name}`
			);
		}
	}
}

for (const [name, cleanUpWithSignal] of [
	['own timer', false],
	['same signal', true],
] as const) {
	const controller = new AbortController();
	const running = job(name, controller.signal, cleanUpWithSignal);
	await sleep(100);
	controller.abort();
	controller.abort(); // a second abort() changes nothing
	const outcome = await running.then(
		() => 'fulfilled',
		(err: Error) => `rejected with ${err.name}`
	);
	console.log(`[main] ${name}: ${outcome}, after its clean-up`);
}
