/** `npm run examples:verify [-- id …]`: the determinism check over the examples folder; exits 1 on a difference. */
import { engineConfig, formatDifference, verifyDeterminism } from '../engine/index.ts';
import { projectRoot } from './project-root.ts';

const root = projectRoot();
const only = process.argv.slice(2);
const differences = await verifyDeterminism({
	...engineConfig(root, process.env),
	only: only.length ? only : undefined,
});
for (const difference of differences) console.error(formatDifference(difference));
console.log(`determinism: ${differences.length ? `${differences.length} difference(s)` : 'every run matched'}`);
process.exitCode = differences.length ? 1 : 0;
