import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';

const N = 40_000_000; // a plain JS loop: roughly 0.08 s per job
const ROUNDS = 3; // keep the best of 3 to ignore a busy moment

function crunch(n: number): number {
	let total = 0;
	for (let i = 0; i < n; i++) total += i % 7;
	return total;
}

// Run crunch once before timing, so every process times JIT-compiled code.
crunch(N / 10);

if (process.argv[2] === 'child') {
	process.on('message', (n: number) => process.send?.(crunch(n)));
	process.send?.('ready');
} else {
	// Two child processes, started (and warmed up) before any timing.
	const kids: ChildProcess[] = [0, 1].map(() =>
		fork(import.meta.filename, ['child'])
	);
	const reply = (c: ChildProcess) =>
		new Promise<unknown>((ok) => c.once('message', ok));
	await Promise.all(kids.map(reply));

	const seq: number[] = [];
	const par: number[] = [];
	for (let r = 0; r < ROUNDS; r++) {
		let start = performance.now();
		crunch(N); // one after the other, in this process
		crunch(N);
		seq.push(performance.now() - start);

		start = performance.now();
		await Promise.all(
			kids.map((c) => {
				const done = reply(c);
				c.send(N);
				return done;
			})
		);
		par.push(performance.now() - start);
	}
	for (const c of kids) c.disconnect();

	// A fact about the machine that ran this, then verdicts with
	// generous margins instead of raw timings.
	console.log(`CPUs this program may use: ${availableParallelism()}`);
	console.log('2 jobs one after the other: the baseline');
	console.log(
		Math.min(...par) < 0.8 * Math.min(...seq)
			? '2 processes: clearly faster (two CPUs at work)'
			: '2 processes: not faster (fewer than 2 free CPUs?)'
	);
}
