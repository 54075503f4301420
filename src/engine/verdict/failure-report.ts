/**
 * The text a contributor reads when an example fails: which example, where it is shown, how it ended, the
 * exception that ended it (exception-lines.ts), and the last lines of its stderr.
 */
import { outputText } from '../../shared/output.ts';
import type { FailedRun } from '../summary.ts';
import { exceptionLines } from './exception-lines.ts';

const TAIL_LINES = 12;

export function formatFailure(run: FailedRun): string {
	const pages = run.usedBy.length ? run.usedBy.join(', ') : 'no page yet';
	const stderr = outputText(run.output, 'stderr').trimEnd();
	const tail = stderr ? stderr.split('\n').slice(-TAIL_LINES) : [];
	const exception = exceptionLines(stderr, run.file.endsWith('.ts') ? 'ts' : 'py');
	return [
		`example "${run.id}" (${run.file}) ${run.problem}`,
		`  shown on: ${pages}`,
		...exception.map(({ label, text, nested }) => `${nested ? '    ' : '  '}${label}: ${text}`),
		...(tail.length ? ['  last lines of stderr:', ...tail.map((l) => `    | ${l}`)] : ['  (nothing on stderr)']),
	].join('\n');
}
