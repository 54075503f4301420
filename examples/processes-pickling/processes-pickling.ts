import { fork } from 'node:child_process';

type Job = { n: number; fn?: (x: number) => number };

if (process.argv[2] === 'child') {
	process.once('message', (job: Job) => {
		// Report which keys actually arrived.
		process.send?.(Object.keys(job).join(', '));
		process.disconnect?.();
	});
} else {
	const job: Job = { n: 21, fn: (x) => 2 * x };

	// Default serialization is JSON: the function is dropped silently.
	const child = fork(import.meta.filename, ['child']);
	child.send(job);
	const keys = await new Promise((ok) => child.once('message', ok));
	console.log(`json: the child received keys: ${String(keys)}`);

	// "advanced" uses structured clone, which refuses functions.
	const strict = fork(import.meta.filename, ['child'], {
		serialization: 'advanced',
	});
	try {
		strict.send(job);
	} catch (err) {
		console.log(`advanced: send threw: ${(err as Error).message}`);
	}
	strict.disconnect();
}
