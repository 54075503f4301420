/**
 * A process that owns warm checkers, for tests/engine/check/warm/dev-checkers.test.ts: starts them on the examples folder
 * given, waits until both have checked, prints their pids as JSON, then exits when told to on stdin (or is killed).
 */
import path from 'node:path';
import { devCheckers } from '../../src/engine/check/warm/dev-checkers.ts';
import { findPython } from '../../src/engine/toolchain/runtimes.ts';

const [examplesDir, root] = process.argv.slice(2) as [string, string];
const checkers = devCheckers(examplesDir, root);
await checkers.warmUp();
const python = await findPython(root);
await checkers.ts(examplesDir, root);
await checkers.py([path.join(examplesDir, 'ok', 'ok.py')], examplesDir, root, python.path);
console.log(JSON.stringify(checkers.pids()));
process.stdin.on('data', (line) => {
	if (String(line).trim() === 'exit') process.exit(0);
});
