import { setTimeout as sleep } from 'node:timers/promises';

const IDLE_LIMIT = 400; // ms without a chunk before we give up

async function* chunks(signal: AbortSignal): AsyncGenerator<string> {
	// Four chunks 150 ms apart (600 ms in all, longer than the limit), then the sender stalls.
	for (const delay of [150, 150, 150, 150, 1000]) {
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
