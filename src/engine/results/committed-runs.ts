/**
 * The committed transcripts read back as runs, for the entries of programs that do not run: a transcript that cannot
 * be read is a failure naming it and what to do.
 */
import path from 'node:path';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import type { Usages } from '../discover/usages.ts';
import type { EngineSummary, FailedRun } from '../summary.ts';
import { ExampleBuildError } from '../errors.ts';
import type { ProgramResult } from '../model/example-result.ts';
import type { ProgramPlan } from '../plan/plan.ts';
import { readTranscript } from '../transcripts/files.ts';
import type { TranscriptInput } from '../transcripts/format.ts';
import { parseTranscript, TranscriptSyntaxError } from '../transcripts/parse.ts';
import { NOTHING_RUN, offlineResult, transcriptOf } from './offline-result.ts';

export /**
 * Each program's committed transcript read back: the run it records, or null (none committed, or none by design);
 * a program whose transcript cannot be read is among the failures instead.
 */
async function committedRuns(
	programs: Array<{ example: ExampleSource; program: ExampleProgram }>,
	root: string,
	usages: Usages,
	/** What else makes the transcript again, after "Restore it (git checkout -- …), or": `build without EXAMPLES=off`. */
	orElse: string
): Promise<{
	runs: Map<ExampleProgram, { transcript: string | null; run: TranscriptInput | null }>;
	failures: FailedRun[];
}> {
	const runs = new Map<ExampleProgram, { transcript: string | null; run: TranscriptInput | null }>();
	const failures: FailedRun[] = [];
	for (const { example, program } of programs) {
		const transcript = transcriptOf(example, program);
		const text = transcript && (await readTranscript(path.join(root, transcript)));
		try {
			runs.set(program, { transcript, run: text === null ? null : parseTranscript(text) });
		} catch (error) {
			if (!(error instanceof TranscriptSyntaxError)) throw error;
			failures.push({
				id: example.id,
				file: `${transcript}:${error.line}`,
				problem:
					`is not a transcript: ${error.message}. Restore it (git checkout -- ${transcript}), or ${orElse} and ` +
					`accept the output (npm run examples:accept -- ${example.id})`,
				usedBy: usages.get(example.id) ?? [],
				output: [],
				durationMs: 0,
			});
		}
	}
	return { runs, failures };
}

export /**
 * The error naming every committed transcript that cannot be read, and what to do; as failed runs, so dev mode
 * shows each on its own example's page (astro/examples-loader.ts).
 */
function badTranscripts(failures: FailedRun[], summary?: EngineSummary): ExampleBuildError {
	const format = (f: FailedRun) =>
		`example "${f.id}" (${f.file}) ${f.problem}\n  shown on: ${f.usedBy.join(', ') || 'no page yet'}`;
	const heading = `${failures.length} committed transcript(s) cannot be read:`;
	const byExample = new Map(failures.map((f) => [f.id, `${heading}\n\n${format(f)}`]));
	return new ExampleBuildError(`${heading}\n\n${failures.map(format).join('\n\n')}`, { summary, failures, byExample });
}

/**
 * Programs this machine cannot run (no Java or current .venv for an engine program, no Python as new as it
 * declares: plan.ts): each shows its committed transcript, or the placeholder, with what is missing and how to
 * install it. Never the cache: a cached run would look like this
 * build's. A transcript that cannot be read is an error naming it, as with EXAMPLES=off.
 */
export async function notRunResults(
	plans: ProgramPlan[],
	root: string,
	usages: Usages
): Promise<Map<ExampleProgram, ProgramResult>> {
	const results = new Map<ExampleProgram, ProgramResult>();
	const failures: FailedRun[] = [];
	for (const { example, program, missing } of plans) {
		const needs = missing!;
		const orElse = `install what it needs (${needs.install})`;
		const committed = await committedRuns([{ example, program }], root, usages, orElse);
		failures.push(...committed.failures);
		if (!committed.runs.has(program)) continue;
		const { transcript, run } = committed.runs.get(program)!;
		const from = run ? 'transcript' : 'nothing';
		results.set(program, offlineResult(example, program, run ?? NOTHING_RUN, { from, transcript, needs }));
	}
	if (failures.length) throw badTranscripts(failures);
	return results;
}
