import { setTimeout as sleep } from 'node:timers/promises';

const IDLE_LIMIT = 200; // ms without a chunk before we give up

async function* chunks(signal: AbortSignal): AsyncGenerator<string> {
	// Three chunks 100 ms apart, then the sender stalls.
	for (const delay of [100, 100, 100, 500]) {
		await sleep(delay, undefined, { signal });
		yield `chunk after ${delay} ms`;
	}
}

const controller = new AbortController();
// A plain timer that aborts; refresh() restarts its countdown.
const idle = setTimeout(() => {
	controller.abort(new DOMException('idle', 'TimeoutError'));
}, IDLE_LIMIT);

try {
	for await (const chunk of chunks(controller.signal)) {
		console.log(`[main] got ${chunk}, deadline pushed back`);
		idle.refresh();
	}
} catch (err) {
	const reason = controller.signal.reason as Error;
	console.log(`[main] nothing for ${IDLE_LIMIT} ms: ${reason.name}`);
	console.log(`[main] the error itself: ${(err as Error).name}`);
} finally {
	clearTimeout(idle);
}
console.log(`[main] aborted = ${controller.signal.aborted}`);
