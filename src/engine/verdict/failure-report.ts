/** The text a contributor reads when an example fails: which example, where it is shown, how it ended, and why. */
import { outputText, type OutputChunk } from '../../shared/output.ts';

export interface FailedRun {
	id: string;
	file: string;
	problem: string;
	/** The pages that show the example. */
	usedBy: string[];
	output: OutputChunk[];
	/** How long the run took before it ended or was stopped. */
	durationMs: number;
}

const TAIL_LINES = 12;

export function formatFailure(run: FailedRun): string {
	const pages = run.usedBy.length ? run.usedBy.join(', ') : 'no page yet';
	const stderr = outputText(run.output, 'stderr').trimEnd();
	const tail = stderr ? stderr.split('\n').slice(-TAIL_LINES) : [];
	return [
		`example "${run.id}" (${run.file}) ${run.problem}`,
		`  shown on: ${pages}`,
		...(tail.length ? ['  last lines of stderr:', ...tail.map((l) => `    | ${l}`)] : ['  (nothing on stderr)']),
	].join('\n');
}
