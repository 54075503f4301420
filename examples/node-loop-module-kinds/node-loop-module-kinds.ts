import { execFileSync } from 'node:child_process';

// The same lines, run as the main code of an ES module and of CommonJS.
const source = `
setImmediate(() => console.log('  setImmediate'));
process.nextTick(() => console.log('  process.nextTick'));
Promise.resolve().then(() => console.log('  promise.then'));
queueMicrotask(() => console.log('  queueMicrotask'));
console.log('  main code');
`;

for (const type of ['module', 'commonjs']) {
	// A fresh `node` runs the source given to --eval, as the type says.
	const stdout = execFileSync(
		process.execPath,
		[`--input-type=${type}`, '--eval', source],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
	);
	console.log(`node --input-type=${type}:`);
	console.log(stdout.trimEnd());
}
