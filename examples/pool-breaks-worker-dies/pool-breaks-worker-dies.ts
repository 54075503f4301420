// A worker thread dies: Node tells you with events, and the other workers carry on.
import { once } from 'node:events';
import {
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';

function start(how: string) {
	const worker = new Worker(new URL(import.meta.url), {
		workerData: how,
	});
	worker.on('error', (err: Error) =>
		console.log(`[${how}] 'error' event: ${err.message}`)
	);
	worker.on('exit', (code) =>
		console.log(`[${how}] 'exit' event: code ${code}`)
	);
	return worker;
}

if (isMainThread) {
	const other = start('other'); // a worker that does nothing wrong
	// Not events.once(worker, 'exit'): it rejects when 'error' comes first.
	const exit = (worker: Worker) =>
		new Promise((ok) => worker.once('exit', ok));
	await exit(start('throws'));
	await exit(start('exits'));
	other.postMessage(21); // the other worker was not affected
	const [answer] = await once(other, 'message');
	console.log(`[other] still answers: ${answer}`);
	await other.terminate();
	console.log(
		'[main] still running; replacing a dead worker is up to your pool'
	);
} else if (workerData === 'throws') {
	throw new Error('boom'); // uncaught: 'error' in the main thread, then 'exit' 1
} else if (workerData === 'exits') {
	process.exit(3); // in a worker, this ends the worker only: 'exit' 3, no 'error'
} else {
	parentPort?.on('message', (n: number) =>
		parentPort?.postMessage(n * 2)
	);
}
