import {
	Worker,
	isMainThread,
	parentPort,
	threadId,
} from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

interface Job {
	id: number;
	name: string;
	ms: number;
}
interface Reply {
	id: number;
	value?: string;
	error?: string;
}

if (isMainThread) {
	// A worker: another thread, with its own event loop.
	const worker = new Worker(new URL(import.meta.url));

	// Each job gets an id; its reply settles the matching promise.
	const pending = new Map<
		number,
		{ ok: (value: string) => void; fail: (err: Error) => void }
	>();
	worker.on('message', (reply: Reply) => {
		const job = pending.get(reply.id);
		pending.delete(reply.id);
		if (reply.error === undefined) job?.ok(reply.value ?? '');
		else job?.fail(new Error(reply.error));
	});
	let nextId = 0;
	const submit = (name: string, ms: number): Promise<string> =>
		new Promise((ok, fail) => {
			const id = nextId++;
			pending.set(id, { ok, fail });
			worker.postMessage({ id, name, ms } satisfies Job);
		});

	// 1. Hand the worker two jobs; each call returns a promise at once.
	const a = submit('a', 300);
	const b = submit('b', 200);
	console.log(`main thread is thread ${threadId}`);
	console.log(await b);
	console.log(await a);

	// 2. An error thrown in the worker comes back as a rejection here.
	try {
		await submit('c', 100);
	} catch (err) {
		console.log(`c: rejected with "${(err as Error).message}"`);
	}

	// 3. Stop the worker.
	const code = await worker.terminate();
	console.log(`worker stopped, exit code ${code}`);
} else {
	parentPort?.on('message', async (job: Job) => {
		const start = performance.now();
		await sleep(job.ms); // the worker's loop runs both jobs at once
		performance.measure(`job ${job.name}`, { start });
		const reply: Reply =
			job.name === 'c'
				? { id: job.id, error: 'c failed' }
				: {
						id: job.id,
						value: `${job.name} ran in thread ${threadId}`,
					};
		parentPort?.postMessage(reply);
	});
}
