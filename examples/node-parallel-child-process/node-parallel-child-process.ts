import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);
// Any program can be a child; here it is another `node`.
const node = process.execPath;

// 1. Run a program to its end and collect what it printed.
const { stdout } = await run(node, ['-e', 'console.log(6 * 7)']);
console.log(`child printed: ${stdout.trim()}`);

// 2. A child that fails: the promise rejects with its exit code.
try {
	await run(node, ['-e', 'process.exit(3)']);
} catch (err) {
	console.log(
		`failing child: exit code ${(err as { code: number }).code}`
	);
}

// 3. A child that would run for a minute, stopped with a signal.
const slow = spawn(node, ['-e', 'setTimeout(() => {}, 60_000)'], {
	stdio: 'ignore',
});
setTimeout(() => slow.kill(), 200); // SIGTERM by default
const [code, signal] = await new Promise<
	[number | null, string | null]
>((ok) => slow.once('exit', (c, s) => ok([c, s])));
console.log(`slow child: exit code ${code}, ended by ${signal}`);
