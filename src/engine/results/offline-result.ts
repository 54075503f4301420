/**
 * A page entry made without a run: from a committed transcript, or the placeholder when there is none. `EXAMPLES=off`
 * (off/offline-results.ts) and the programs this machine cannot run (committed-runs.ts) both show these.
 */
import { browserSupport } from '../../shared/browser-support.ts';
import { LANGUAGE_INFO } from '../../shared/languages.ts';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import { resolveRunOptions } from '../discover/metadata.ts';
import type { NotRun, ProgramResult } from '../model/example-result.ts';
import { transcriptPath } from '../transcripts/files.ts';
import type { TranscriptInput } from '../transcripts/format.ts';
import { hasTranscript } from '../transcripts/policy.ts';

export /** The program's committed transcript, relative to the root; null when it has none by design (racy). */
function transcriptOf(example: ExampleSource, program: ExampleProgram): string | null {
	return hasTranscript(example.meta, program.lang) ? transcriptPath(program.displayPath) : null;
}

export /** The placeholder's run: no output (the page shows why instead, example-view.ts). */
const NOTHING_RUN: TranscriptInput = { output: [], exitCode: null, signal: null };

/** An entry from a transcript, or the placeholder: no run, so no times, no timeline and no runtime version. */
export function offlineResult(
	example: ExampleSource,
	program: ExampleProgram,
	run: TranscriptInput,
	notRun: NotRun
): ProgramResult {
	return {
		lang: program.lang,
		file: program.displayPath,
		source: program.source,
		runtime: LANGUAGE_INFO[program.lang].runtimeName,
		...run,
		expectedFailure: resolveRunOptions(example.meta, program.lang).expect !== null,
		// Not checked (nothing ran), but a page's challenge checks a reader's run by them all the same.
		claimed: resolveRunOptions(example.meta, program.lang).claims,
		durationMs: 0,
		browser: browserSupport(program.lang, program.source),
		notRun,
	};
}
