import { once, on } from 'node:events';
import {
	MessageChannel,
	MessagePort,
	Worker,
	isMainThread,
	workerData,
} from 'node:worker_threads';

if (isMainThread) {
	// A channel: two connected ports. One stays here, one goes to the worker.
	const { port1, port2 } = new MessageChannel();
	const worker = new Worker(new URL(import.meta.url), {
		workerData: { port: port2 },
		transferList: [port2], // a port is moved, not copied
	});
	// Listen for its exit now: it may exit before the loop below ends, and an event nobody listened for is gone.
	const exited = once(worker, 'exit');

	// Each message is an event on the main thread's loop.
	for await (const [item] of on(port1, 'message')) {
		if (item === null) break;
		console.log(`main got item ${String(item)} from the worker`);
	}
	port1.close();
	await exited;
	console.log('worker exited');
} else {
	const { port } = workerData as { port: MessagePort };
	const nap = new Int32Array(new SharedArrayBuffer(4));
	for (let n = 0; n < 3; n++) {
		Atomics.wait(nap, 0, 0, 100); // blocking work: 0.1 s
		port.postMessage(n); // safe from any thread: it is a copy
	}
	port.postMessage(null); // "no more items"
	port.close();
}
