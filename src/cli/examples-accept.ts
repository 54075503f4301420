/**
 * `npm run examples:accept [-- id …]`: writes the committed transcripts of the given examples (all when none is
 * given) from their current runs; `--root <dir>` for another site's (the test fixture site). Refuses in CI: there, transcripts are checked, never written.
 */
import path from 'node:path';
import { ExampleBuildError } from '../engine/errors.ts';
import { acceptTranscripts, formatAcceptSummary } from '../engine/transcripts/accept.ts';
import { transcriptMode } from '../engine/transcripts/policy.ts';
import { projectRoot } from './project-root.ts';

const QUIET = /^(\[cached\]|\d+ transcripts? (changed|missing))/;
// `--root <dir>`: another site's examples (the test fixture site, tests/fixtures/site).
const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = rootAt === -1 ? projectRoot() : path.resolve(args[rootAt + 1] ?? '.');
const ids = rootAt === -1 ? args : args.filter((_, i) => i !== rootAt && i !== rootAt + 1);
if (transcriptMode(process.env, false) === 'check') {
	console.error('examples:accept does not run in CI (CI=true): transcripts are accepted on purpose, on your machine.');
	process.exit(1);
}
try {
	const summary = await acceptTranscripts(
		{
			root,
			examplesDir: path.join(root, 'examples'),
			contentDir: path.join(root, 'content'),
			cacheDir: path.join(root, 'node_modules', '.cache', 'examples'),
			ids,
		},
		// Progress for what really runs; no line for a cached result, nor the build's "N transcripts changed" advice.
		{ log: (line) => QUIET.test(line) || console.log(line), now: () => performance.now() }
	);
	console.log(formatAcceptSummary(summary));
} catch (error) {
	const message = (error as Error).message;
	console.error(error instanceof ExampleBuildError ? message : `examples:accept: ${message}`);
	console.error('Nothing was written.');
	process.exitCode = 1;
}
