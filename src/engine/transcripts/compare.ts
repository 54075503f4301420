/**
 * Compares each program's run with its committed transcript, and says what differs: on the program (the page marks
 * it), in one log line ("2 transcripts changed: …"), and, when the mode is `check` (CI), as the build's error with a
 * diff per file and the command that accepts them. Never writes a transcript (cli/examples-accept.ts does).
 */
import path from 'node:path';
import { z } from 'astro/zod';
import { formatTranscript, type TranscriptInput } from './format.ts';
import { unifiedDiff } from './diff.ts';
import { readTranscript, transcriptPath } from './files.ts';
import { hasTranscript, type TranscriptMode } from './policy.ts';
import type { LanguageId } from '../../shared/languages.ts';
import type { ExampleMeta } from '../discover/metadata.ts';

export const TranscriptStatusSchema = z.object({
	/** The committed transcript, relative to the project root, e.g. `examples/gather/gather.py.out`. */
	file: z.string(),
	/**
	 * `not-compared`: a racy example, which has no transcript (engine/transcripts/policy.ts). `not-run`: this build
	 * did not run the program (an engine program without Java or .venv), so its committed transcript, if any, is
	 * what the page shows and nothing can be said of it; it must be kept as it is.
	 */
	state: z.enum(['matches', 'changed', 'missing', 'not-compared', 'not-run']),
	/** For `changed` and `missing`: committed → this run, as a unified diff. */
	diff: z.string().optional(),
});
export type TranscriptStatus = z.output<typeof TranscriptStatusSchema>;

/** What the comparison needs of one program's run. */
export interface TranscriptSubject extends TranscriptInput {
	lang: LanguageId;
	/** The program, relative to the project root: `examples/gather/gather.py`. */
	file: string;
	transcript?: TranscriptStatus;
	/** Set when this build did not run the program (an engine program without Java or .venv): nothing to compare. */
	notRun?: unknown;
}

export interface TranscriptExample {
	id: string;
	programs: TranscriptSubject[];
}

export interface TranscriptOutcome {
	/** One line for the build log, or null when every transcript matches. */
	report: string | null;
	/** In `check` mode, the build's error; otherwise null. */
	error: string | null;
}

export const ACCEPT_COMMAND = 'npm run examples:accept';

/** Sets `transcript` on every program, and returns what to log and whether the build fails. */
export async function compareTranscripts(
	examples: TranscriptExample[],
	options: { root: string; mode: TranscriptMode; metaOf: (id: string) => ExampleMeta }
): Promise<TranscriptOutcome> {
	const differing: Array<{ id: string; status: TranscriptStatus }> = [];
	for (const example of examples) {
		for (const program of example.programs) {
			const file = transcriptPath(program.file);
			if (!hasTranscript(options.metaOf(example.id), program.lang)) {
				program.transcript = { file, state: 'not-compared' };
				continue;
			}
			if (program.notRun) {
				program.transcript = { file, state: 'not-run' };
				continue;
			}
			const committed = await readTranscript(path.join(options.root, file));
			const actual = formatTranscript(program);
			if (committed === actual) {
				program.transcript = { file, state: 'matches' };
				continue;
			}
			const state = committed === null ? 'missing' : 'changed';
			program.transcript = { file, state, diff: unifiedDiff(committed ?? '', actual) };
			differing.push({ id: example.id, status: program.transcript });
		}
	}
	if (!differing.length) return { report: null, error: null };
	const ids = [...new Set(differing.map((d) => d.id))];
	const accept = `${ACCEPT_COMMAND} -- ${ids.join(' ')}`;
	const counts = [describe(differing, 'changed'), describe(differing, 'missing')].filter(Boolean);
	const report = `${counts.join('; ')} (review, then \`${accept}\`)`;
	if (options.mode !== 'check') return { report, error: null };
	const sections = differing.map(({ status }) =>
		status.state === 'missing'
			? `${status.file}: missing (no committed transcript). This run printed:\n${status.diff}`
			: `${status.file}: differs from the committed transcript (- committed, + this run):\n${status.diff}`
	);
	const error = [
		`${differing.length} transcript${differing.length === 1 ? '' : 's'} ${differing.length === 1 ? 'does' : 'do'} not match this run (CI never writes them):`,
		'',
		sections.join('\n\n'),
		'',
		'If the new output is right, accept it on your machine and commit the transcript files:',
		`  ${accept}`,
	].join('\n');
	return { report, error };
}

function describe(differing: Array<{ status: TranscriptStatus }>, state: TranscriptStatus['state']): string | null {
	const files = differing.filter((d) => d.status.state === state).map((d) => d.status.file);
	if (!files.length) return null;
	return `${files.length} transcript${files.length === 1 ? '' : 's'} ${state}: ${files.join(', ')}`;
}
