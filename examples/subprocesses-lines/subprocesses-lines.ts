import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

// The child prints three lines, then waits for a line on stdin before it
// exits: whatever we read before we answer, we read while it runs.
const CHILD = `
for (let n = 0; n < 3; n++) console.log('step ' + n);
process.stdin.once('data', () => process.stdin.destroy());
`;

const child = spawn(process.execPath, ['-e', CHILD], {
	stdio: ['pipe', 'pipe', 'ignore'],
});
console.log('node child, no flush needed:');
let seen = 0;
for await (const line of createInterface({ input: child.stdout })) {
	const running = child.exitCode === null;
	console.log(`  read '${line}', child still running: ${running}`);
	if (++seen === 3) child.stdin.write('done\n'); // let the child exit
}
const [code] = (await once(child, 'close')) as [number];
console.log(`  exited with code ${code}`);
