// What an AbortSignal can stop, and what it cannot.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';

const outcome = (p: Promise<unknown>) =>
	p.then(
		() => 'fulfilled',
		(err: Error) => `rejected (${err.name})`
	);

// 1. An operation that was given the signal stops.
const c1 = new AbortController();
const timer = sleep(10_000, undefined, { signal: c1.signal });
c1.abort();
console.log(`[1] timer given the signal: ${await outcome(timer)}`);

// 2. A promise that was not given the signal just goes on.
const c2 = new AbortController();
const untouched = sleep(200).then(() =>
	console.log('[2] timer without the signal finished anyway')
);
c2.abort();
console.log(
	`[2] abort() called; signal.aborted = ${c2.signal.aborted}`
);
await untouched;

// 3. Synchronous code cannot be interrupted: the abort waits for it.
const c3 = new AbortController();
c3.signal.addEventListener('abort', () =>
	console.log('[3] abort event: only after the busy loop')
);
setTimeout(() => c3.abort(), 0);
const busyUntil = performance.now() + 100;
while (performance.now() < busyUntil) {} // 0.1 s that nothing can break into
console.log('[3] busy loop done');
await sleep(50);

// 4. A child process started with { signal } is killed on abort.
const c4 = new AbortController();
const child = spawn(
	process.execPath,
	['-e', 'setTimeout(() => {}, 10_000)'],
	{ signal: c4.signal }
);
child.on('error', (err) =>
	console.log(`[4] child 'error' event: ${err.name}`)
);
await sleep(100);
c4.abort();
const [code, signal] = await once(child, 'exit');
console.log(`[4] child exited: code ${code}, signal ${signal}`);

// 5. A busy Worker ignores signals, but terminate() stops it from outside.
const worker = new Worker('for (;;) {}', { eval: true });
await once(worker, 'online');
console.log(
	`[5] worker.terminate() -> exit code ${await worker.terminate()}`
);
