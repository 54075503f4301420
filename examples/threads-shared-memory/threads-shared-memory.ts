import { Worker, isMainThread, parentPort } from 'node:worker_threads';

type Scores = Record<string, number>;

if (isMainThread) {
	const scores: Scores = { a: 0 };
	console.log('[main] before:', JSON.stringify(scores));
	const worker = new Worker(new URL(import.meta.url));
	// postMessage sends a structured-clone COPY of the object.
	worker.postMessage(scores);
	const reply = await new Promise<Scores>((resolve) => {
		worker.once('message', resolve);
	});
	await worker.terminate();
	// The worker set a=1 and added b=2, but only in its copy.
	console.log('[main] after: ', JSON.stringify(scores));
	console.log('[main] reply: ', JSON.stringify(reply));
} else {
	parentPort?.once('message', (scores: Scores) => {
		scores['a'] = 1;
		scores['b'] = 2;
		// To share the change, the worker must send it back.
		parentPort?.postMessage(scores);
	});
}
