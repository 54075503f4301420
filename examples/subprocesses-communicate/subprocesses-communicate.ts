import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);
const node = process.execPath;

// The child: another Node, reading stdin and writing both streams.
const CHILD = `
let text = '';
process.stdin.on('data', (d) => (text += d));
process.stdin.on('end', () => {
	const words = text.split(/\\s+/).filter(Boolean);
	console.log(words.length + ' words');
	console.error('a note on stderr');
	process.exitCode = words.includes('fail') ? 3 : 0;
});
`;

// spawn(): the child's stdin, stdout and stderr are streams.
async function run(text: string): Promise<void> {
	const child = spawn(node, ['-e', CHILD]);
	child.stdin.end(text); // write stdin, then close it
	let out = '';
	let err = '';
	child.stdout.on('data', (d: Buffer) => (out += d));
	child.stderr.on('data', (d: Buffer) => (err += d));
	const [code] = (await once(child, 'close')) as [number];
	// The last line: in the build's sandbox a Node child first warns
	// about the permission flags it inherited.
	const note = err.trim().split('\n').at(-1);
	console.log(`stdout '${out.trim()}', stderr '${note}'`);
	console.log(`  exit code ${code}`); // not an exception
}

await run('three small words');
await run('this one should fail');

// execFile(), promisified: collects the output; a non-zero exit rejects.
const { stdout } = await execFileP(node, ['-e', 'console.log(6 * 7)']);
console.log(`execFile: stdout '${stdout.trim()}'`);
try {
	await execFileP(node, ['-e', 'process.exit(3)']);
} catch (err) {
	console.log(
		`  exit 3 rejects: code ${(err as { code: number }).code}`
	);
}

// execFile keeps the output in memory, up to maxBuffer (1 MiB by default).
const big = "process.stdout.write('x'.repeat(2 ** 21))"; // 2 MiB
try {
	await execFileP(node, ['-e', big]);
} catch (err) {
	console.log(`  2 MiB of output: ${(err as { code: string }).code}`);
}
