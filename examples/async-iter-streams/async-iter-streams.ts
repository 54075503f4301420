// Streams are async iterables: Readable.from makes one, readline splits one into lines.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

// 1. Any iterable or async generator becomes a stream, and a stream is read with for await.
async function* words(): AsyncGenerator<string> {
	for (const word of ['one', 'two', 'three']) {
		await sleep(10);
		yield word;
	}
}
for await (const chunk of Readable.from(words())) {
	console.log(`chunk ${JSON.stringify(chunk)}`);
}

// 2. A child's output, line by line as it comes (the child prints 3 lines, 0.3 s apart).
const CHILD = `
	let n = 0;
	const timer = setInterval(() => {
		console.log('line ' + ++n);
		if (n === 3) clearInterval(timer);
	}, 300);
`;
const child = spawn(process.execPath, ['-e', CHILD], {
	stdio: ['ignore', 'pipe', 'ignore'],
});
const exited = new Promise<number | null>((ok) =>
	child.once('exit', ok)
);

// The work one line takes: a span named after the line on the timeline.
async function handle(line: string): Promise<void> {
	const start = performance.now();
	await sleep(100);
	console.log(`  handled ${JSON.stringify(line)}`);
	performance.measure(line, { start });
}

let count = 0;
const handling: Promise<void>[] = [];
for await (const line of createInterface({ input: child.stdout })) {
	count++;
	console.log(`got ${JSON.stringify(line)}`);
	handling.push(handle(line)); // started as the line arrives
}
await Promise.all(handling);
console.log(
	`end of stream after ${count} lines; child exit code ${await exited}`
);
