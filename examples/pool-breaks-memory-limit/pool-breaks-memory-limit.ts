// A worker with a heap limit: past it, Node ends that worker, not the process.
import { Worker, isMainThread } from 'node:worker_threads';

if (isMainThread) {
	const worker = new Worker(new URL(import.meta.url), {
		resourceLimits: { maxOldGenerationSizeMb: 32 },
	});
	worker.on('error', (err: Error & { code?: string }) => {
		console.log(`worker 'error' event: ${err.code}`);
	});
	const code = await new Promise((ok) => worker.once('exit', ok));
	console.log(`worker 'exit' event: code ${code}`);
	console.log('main thread: still running, its own heap untouched');
} else {
	const hoard: number[][] = [];
	for (;;) hoard.push(new Array<number>(100_000).fill(1)); // grows until the limit
}
