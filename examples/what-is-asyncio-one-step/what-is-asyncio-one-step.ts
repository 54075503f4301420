// One thread, one step at a time: async functions take turns.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { once } from 'node:events';
import { threadId, Worker } from 'node:worker_threads';

const threadsUsed = new Set<string>();
const threadName = (): string => `thread ${threadId}`;

async function polite(name: string): Promise<void> {
	for (const step of [1, 2, 3]) {
		threadsUsed.add(threadName());
		console.log(`[${name}] step ${step}`);
		await yieldToLoop(); // hand control back to the loop
	}
}

async function greedy(): Promise<void> {
	// No await inside: once started, nothing else can run.
	for (const step of [1, 2, 3]) {
		threadsUsed.add(threadName());
		console.log(`[greedy] step ${step}`);
	}
}

await Promise.all([polite('a'), greedy(), polite('b')]);
const names = [...threadsUsed].sort().join(', ');
console.log(`threads used: ${threadsUsed.size} (${names})`);

// The same check in code that does run on another thread (a Worker):
// proof that it would notice a second thread.
const worker = new Worker(
	`require('node:worker_threads').parentPort
		.postMessage(require('node:worker_threads').threadId);`,
	{ eval: true }
);
const [otherId] = (await once(worker, 'message')) as [number];
await worker.terminate();
console.log(`for comparison, a Worker ran on: thread ${otherId}`);
