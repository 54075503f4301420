import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

// Each child works for 0.3 s (here: sleeps), then prints its answer.
const CHILD =
	'setTimeout(() => console.log(process.argv[1].toUpperCase()), 300)';

async function run(name: string): Promise<string> {
	const { stdout } = await execFileP(process.execPath, [
		'-e',
		CHILD,
		name,
	]);
	return `${name} -> ${stdout.trim()}`;
}

// Both children start at once; Promise.all keeps the argument order.
const [a, b] = await Promise.all([run('alpha'), run('beta')]);
console.log(a);
console.log(b);
