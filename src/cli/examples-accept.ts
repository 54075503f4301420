/**
 * `npm run examples:accept [-- id …]`: writes the committed transcripts of the given examples (all when none is
 * given) from their current runs; `--root <dir>` for another site's (the test fixture site). Refuses in CI: there, transcripts are checked, never written.
 */
import path from 'node:path';
import { engineConfig } from '../engine/index.ts';
import { reportable, UserError } from '../engine/index.ts';
import { acceptTranscripts, formatAcceptSummary } from '../engine/index.ts';
import { projectRoot } from './project-root.ts';

const QUIET = /^(\[cached\]|\d+ transcripts? (changed|missing))/;
// `--root <dir>`: another site's examples (the test fixture site, tests/fixtures/site).
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt === -1 ? projectRoot() : path.resolve(args[rootAt + 1] ?? '.');
const ids = rootAt === -1 ? args : args.filter((_, i) => i !== rootAt && i !== rootAt + 1);
const config = engineConfig(root, process.env);
if (config.transcripts === 'check') {
	console.error('examples:accept does not run in CI (CI=true): transcripts are accepted on purpose, on your machine.');
	process.exit(1);
}
try {
	const summary = await acceptTranscripts(
		{ ...config, ids },
		// Progress for what really runs; no line for a cached result, nor the build's "N transcripts changed" advice.
		{ log: (line) => QUIET.test(line) || console.log(line), now: () => performance.now() }
	);
	console.log(formatAcceptSummary(summary));
} catch (error) {
	const shown = reportable(error, process.env);
	console.error(error instanceof UserError ? shown.message : `examples:accept: ${shown.stack}`);
	console.error('Nothing was written.');
	process.exitCode = 1;
}
