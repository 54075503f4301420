import { execFileSync } from 'node:child_process';

// The same lines, run as an ES module and as CommonJS. Everything after
// `await null` runs as a microtask, whatever kind of file this is.
const source = `
setTimeout(async () => {
  console.log('  setTimeout callback, before the await');
  await null;
  process.nextTick(() => console.log('  process.nextTick'));
  Promise.resolve().then(() => console.log('  promise.then'));
  queueMicrotask(() => console.log('  queueMicrotask'));
  console.log('  after the await: this code is a microtask');
}, 0);
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
