// Waiting for a worker's signal without blocking the main thread: Atomics.waitAsync, against Atomics.wait.
import { Worker, isMainThread, workerData } from 'node:worker_threads';

if (isMainThread) {
	const slot = new Int32Array(new SharedArrayBuffer(4));
	let ticks = 0;
	const ticker = setInterval(() => ticks++, 10);
	new Worker(new URL(import.meta.url), { workerData: slot.buffer });

	// Returns at once with a promise: the event loop goes on while the slot still holds 0.
	const waiting = Atomics.waitAsync(slot, 0, 0);
	console.log(
		`Atomics.waitAsync returned at once, with a promise: ${waiting.async}`
	);
	const result = await waiting.value;
	console.log(
		`the wait ended: '${result}', the slot now holds ${Atomics.load(slot, 0)}`
	);
	console.log(
		`the main thread's timer ran while it waited: ${ticks > 0 ? 'yes' : 'no'}`
	);

	// Atomics.wait blocks the thread: nothing else on it runs until the wait ends (here, its 0.3 s timeout).
	const before = ticks;
	const blocked = Atomics.wait(slot, 0, 1, 300);
	console.log(
		`Atomics.wait: '${blocked}' after 0.3 s; the timer ran meanwhile: ${ticks > before ? 'yes' : 'no'}`
	);
	clearInterval(ticker);
} else {
	const slot = new Int32Array(workerData as SharedArrayBuffer);
	setTimeout(() => {
		Atomics.store(slot, 0, 1);
		Atomics.notify(slot, 0); // wakes the waiter, sync or async
	}, 200);
}
