/**
 * `npm run examples:matrix [-- id …]`: runs the programs of the given examples (all when none is given) on the other
 * versions of their runtime this machine has, and writes what each printed beside it (`<program>.versions.json`).
 * An undeclared difference is reported with a diff, and that program's file is not written. Refuses in CI: there,
 * the results are checked (tests/engine/versions/matrix-current.test.ts), never written.
 * First it installs the other Node runtimes when missing (package.json `versionMatrix`, see matrix-runtimes.ts): a
 * set-up step like `npm install`, before anything runs.
 */
import { engineConfig, formatMatrixSummary, isCi, reportable, runMatrix, UserError } from '../engine/index.ts';
import { ensureMatrixRuntimes } from './matrix-runtimes.ts';
import { projectRoot } from './project-root.ts';

const QUIET = /^(\[cached\]|\[ran\] |\d+ (transcripts?|program))/;
if (isCi(process.env)) {
	console.error('examples:matrix does not run in CI (CI=true): the results are written on purpose, on your machine.');
	process.exit(1);
}
const installed = ensureMatrixRuntimes(projectRoot(), (line) => console.log(line));
if (!installed.ok) {
	console.error(installed.message);
	process.exit(1);
}
try {
	const config = engineConfig(projectRoot(), process.env);
	const summary = await runMatrix(
		{ ...config, ids: process.argv.slice(2), mode: 'write' },
		{ log: (line) => QUIET.test(line) || console.log(line), now: () => performance.now() }
	);
	console.log(formatMatrixSummary(summary));
	if (summary.problems.length) {
		console.error('\nDeclare a real difference in example.json ("differs", see CONTRIBUTING.md), then run this again.');
		process.exitCode = 1;
	} else if (summary.written.length || summary.removed.length) {
		console.log('Review them (git diff examples/) and commit them with your change.');
	}
} catch (error) {
	const shown = reportable(error, process.env);
	console.error(error instanceof UserError ? shown.message : `examples:matrix: ${shown.stack}`);
	process.exitCode = 1;
}
