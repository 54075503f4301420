// One thread, one step at a time: async functions take turns.
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import { isMainThread } from 'node:worker_threads';

const threadsUsed = new Set<string>();
const threadName = (): string =>
	isMainThread ? 'main thread' : 'worker';

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
