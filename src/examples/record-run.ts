/**
 * Runs one program the way its metadata asks: once, or `nondeterministic.runs` times for a declared race. The
 * first run is the one the page shows (output and timeline); the others only count towards the distinct outputs.
 */
import type { ExampleProgram, ExampleSource } from './discover.ts';
import { distinctOutputs, type OutputVariant } from './distinct-outputs.ts';
import type { Runtime } from './languages.ts';
import type { ResolvedRunOptions } from './metadata.ts';
import { runExample } from './run-example.ts';
import type { RunResult } from './run.ts';

export interface RecordedRun extends RunResult {
	/** Declared nondeterministic: every distinct output of its runs, with counts. */
	variants?: OutputVariant[];
}

/**
 * @param problemOf says what is wrong with one run (expectation.ts), or null: a racy example must still pass its
 * checks on every run. The first run with a problem is returned as it is.
 */
export async function runRecorded(
	example: ExampleSource,
	program: ExampleProgram,
	options: ResolvedRunOptions,
	runtime: Runtime,
	maxOutputBytes: number | undefined,
	problemOf: (result: RunResult) => string | null
): Promise<RecordedRun> {
	const first = await runExample(example, program, options, runtime, maxOutputBytes);
	if (!options.nondeterministic || problemOf(first)) return first;
	const runs: RunResult[] = [first];
	while (runs.length < options.nondeterministic.runs) {
		const next = await runExample(example, program, options, runtime, maxOutputBytes);
		if (problemOf(next)) return next;
		runs.push(next);
	}
	return { ...first, variants: distinctOutputs(runs) };
}
