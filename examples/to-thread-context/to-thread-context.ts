import { AsyncLocalStorage } from 'node:async_hooks';
import {
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';

// Node's closest thing to a context variable.
const requestId = new AsyncLocalStorage<string>();

type Job = { name: string; fmt: string; requestId: string };
type Reply = { path: string; fromStorage: string; sent: string };

function saveReport(job: Job): Reply {
	// Runs in the worker: its own event loop, no shared context.
	return {
		path: `${job.name}.${job.fmt}`,
		fromStorage: requestId.getStore() ?? '(unset)',
		sent: job.requestId,
	};
}

function runInWorker(job: Job): Promise<Reply> {
	const worker = new Worker(new URL(import.meta.url), {
		workerData: job, // a structured-clone copy, not shared
	});
	return new Promise((resolve, reject) => {
		worker.once('message', resolve);
		worker.once('error', reject);
	});
}

if (isMainThread) {
	await requestId.run('req-42', async () => {
		await Promise.resolve(); // the store survives awaits...
		console.log(`[main] requestId = ${requestId.getStore()}`);
		// ...but not the jump into a worker: send it explicitly.
		const reply = await runInWorker({
			name: 'sales',
			fmt: 'json',
			requestId: requestId.getStore() ?? '(unset)',
		});
		console.log(`[worker] requestId in storage = ${reply.fromStorage}`);
		console.log(`[worker] requestId sent along = ${reply.sent}`);
		console.log(`[main] saved ${reply.path}`);
	});
} else {
	parentPort?.postMessage(saveReport(workerData as Job));
}
