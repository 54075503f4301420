import { setImmediate as yieldToLoop } from 'node:timers/promises';

type How = 'no await' | 'await null' | 'await yieldToLoop()';

async function worker(name: string, how: How): Promise<void> {
	for (let step = 1; step <= 3; step++) {
		console.log(`  ${name} step ${step}`);
		if (how === 'await null') {
			await null; // every await in JS waits for at least a microtask
		} else if (how === 'await yieldToLoop()') {
			await yieldToLoop(); // waits for the next loop turn (timers, I/O)
		}
	}
}

const ways: How[] = ['no await', 'await null', 'await yieldToLoop()'];
for (const how of ways) {
	console.log(`[main] two workers, ${how}:`);
	await Promise.all([worker('a', how), worker('b', how)]);
}
