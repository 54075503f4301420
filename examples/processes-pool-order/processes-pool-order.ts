import { fork, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

// name -> milliseconds of (simulated) work; "a" is slowest.
const JOBS: Record<string, number> = { a: 500, b: 300, c: 100 };

if (process.argv[2] === 'child') {
	process.on('message', async (name: string) => {
		await sleep(JOBS[name] ?? 0);
		process.send?.(name.toUpperCase());
	});
	process.send?.('ready');
} else {
	const names = Object.keys(JOBS);
	// A tiny pool: one child process per job, started up front.
	const pool: ChildProcess[] = names.map(() =>
		fork(import.meta.filename, ['child'])
	);
	const reply = (c: ChildProcess) =>
		new Promise<string>((ok) => c.once('message', ok));
	await Promise.all(pool.map(reply)); // every child is ready

	const completed: string[] = [];
	const results = await Promise.all(
		names.map(async (name, i) => {
			const child = pool[i]!;
			child.send(name);
			const result = await reply(child);
			completed.push(result);
			return result;
		})
	);
	// Promise.all keeps INPUT order, like Executor.map.
	console.log('in input order:      ', results);
	console.log('in completion order: ', completed);
	for (const child of pool) child.disconnect();
}
