// One event loop per thread: a worker has a loop of its own, and a promise belongs to the loop that made it.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

async function job(name: string): Promise<void> {
	const start = performance.now();
	await sleep(200);
	performance.measure(name, { start });
}

if (isMainThread) {
	const worker = new Worker(new URL(import.meta.url));
	const flag = Promise.withResolvers<void>();
	try {
		worker.postMessage(flag.promise); // a promise cannot leave its thread
	} catch (error) {
		console.log(
			`[main] postMessage(a promise): ${(error as Error).name}`
		);
	}
	await once(worker, 'message'); // the worker's loop is running
	const [[reply]] = await Promise.all([
		once(worker, 'message'),
		job('job on the main loop'), // at the same time as the worker's
	]);
	console.log(`[main] got ${JSON.stringify(reply)}`);
	await worker.terminate();
} else {
	parentPort!.postMessage('ready');
	await job('job on the worker loop');
	parentPort!.postMessage('hello from the worker loop');
}
