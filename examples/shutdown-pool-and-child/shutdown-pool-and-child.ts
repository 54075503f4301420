// Shutting down what the program started: a worker with jobs queued, and a child process.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

type Reply = { job: number; state: string };

if (isMainThread) {
	// The child: on SIGTERM it saves its state and exits with code 0.
	const CHILD = `
		process.on('SIGTERM', () => {
			console.log('child: SIGTERM, saving state');
			process.exit(0);
		});
		console.log('child: ready');
		setTimeout(() => {}, 60_000);
	`;
	const worker = new Worker(new URL(import.meta.url));
	const replies: Reply[] = [];
	worker.on('message', (reply: Reply) => replies.push(reply));
	for (const job of [0, 1, 2, 3]) worker.postMessage({ job });
	const child = spawn(process.execPath, ['-e', CHILD], {
		stdio: ['ignore', 'pipe', 'ignore'],
	});
	const lines = createInterface({ input: child.stdout })[
		Symbol.asyncIterator
	]();
	console.log((await lines.next()).value);

	// 1. The worker: ask it to stop. Messages arrive in order, so it has taken
	//    job 0 already; it drops the queued jobs, finishes the running one,
	//    and ends by itself (terminate() would stop it at once).
	worker.postMessage({ stop: true });
	const [workerCode] = await once(worker, 'exit');
	replies.sort((a, b) => a.job - b.job);
	for (const { job, state } of replies)
		console.log(`job ${job}: ${state}`);
	console.log(`worker exited with code ${workerCode}`);

	// 2. The child: ask with SIGTERM, wait a while, kill only if it does not end.
	child.kill('SIGTERM');
	console.log((await lines.next()).value);
	const exited = once(child, 'exit');
	const timer = setTimeout(() => child.kill('SIGKILL'), 2000); // no cleanup
	const [code] = await exited;
	clearTimeout(timer);
	console.log(`child exited with code ${code}`);
} else {
	// The worker: runs queued jobs one at a time.
	const queue: number[] = [];
	let running = false;
	let stopping = false;
	const port = parentPort!;
	const next = async () => {
		if (running) return;
		const job = queue.shift();
		if (job === undefined) {
			if (stopping) port.close(); // nothing keeps the worker alive now
			return;
		}
		running = true;
		await sleep(300);
		port.postMessage({ job, state: `done, result ${job}` });
		running = false;
		void next();
	};
	port.on('message', (msg: { job?: number; stop?: boolean }) => {
		if (msg.stop) {
			stopping = true;
			for (const job of queue.splice(0))
				port.postMessage({ job, state: 'cancelled' });
		} else if (msg.job !== undefined) queue.push(msg.job);
		void next();
	});
}
