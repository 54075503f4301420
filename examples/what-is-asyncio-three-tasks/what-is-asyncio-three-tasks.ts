// Three async calls a, b, c: started first, then awaited one by one.
import { setTimeout as sleep } from 'node:timers/promises';

let count = 0;

/** A plain function: it runs the moment it is called. */
function printNumber(caller = 'main'): void {
	count += 1;
	console.log(`[${caller}] printNumber ${count}`);
}

async function runTask(name: string, seconds: number): Promise<string> {
	const start = performance.now();
	console.log(`[task ${name}] running, sleeps ${seconds} s`);
	await sleep(seconds * 1000); // suspends this function only
	console.log(`[task ${name}] finished`);
	// Names this span for tools that show a timeline (an async call is no task).
	performance.measure(name, { start });
	return `${name} done`;
}

async function runTasks(): Promise<void> {
	// Calling an async function runs its body right away, up to
	// its first await, and only then returns a Promise.
	const a = runTask('a', 0.3);
	printNumber();
	const b = runTask('b', 0.2);
	printNumber();
	const c = runTask('c', 0.1);
	printNumber();

	console.log('[main] first await: a, b, c are already running');
	const aReturn = await a; // runTasks waits here for a only
	printNumber('after A');
	const bReturn = await b; // b already finished: resumes at once
	printNumber('after B');
	const cReturn = await c; // c too
	printNumber('after C');
	console.log(`[main] ${aReturn}, ${bReturn}, ${cReturn}`);
}

await runTasks();
