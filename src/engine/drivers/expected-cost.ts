/**
 * What a program is expected to cost before it runs, from what is committed (its path and example.json), never from
 * what a machine has installed or cached: the shards split by it (shard.ts), and the build starts the costliest
 * programs first (build-examples.ts), so that a Spark program does not start last and leave one core idle at the end.
 */
import type { ResolvedRunOptions } from '../discover/metadata.ts';

/**
 * A program's expected wall time, in seconds: an engine program's start dominates it (a bare Spark session 9–11 s, a
 * Beam pipeline 1.5–2 s, the locked packages about 1 s: discover/metadata.ts `ENGINE_DEFAULTS`), a standard-library
 * program is a fraction of a second. Only the ratios matter.
 */
export const EXPECTED_SECONDS = { spark: 10, beam: 2, packages: 1, standard: 0.25 } as const;

/** What the cost reads of a program: its path (to break ties) and its options. */
export interface Costed {
	program: { displayPath: string };
	options: Pick<ResolvedRunOptions, 'engine' | 'nondeterministic'>;
}

/** A declared race runs several times, each run as long as one. */
export const expectedSeconds = ({ options }: Costed): number =>
	(options.engine ? EXPECTED_SECONDS[options.engine] : EXPECTED_SECONDS.standard) *
	(options.nondeterministic?.runs ?? 1);

/** The programs, the most expensive first; equal costs by path, so any order in gives the same order out. */
export const costliestFirst = <P extends Costed>(programs: P[]): P[] =>
	programs.toSorted(
		(a, b) =>
			expectedSeconds(b) - expectedSeconds(a) ||
			(a.program.displayPath < b.program.displayPath ? -1 : a.program.displayPath > b.program.displayPath ? 1 : 0)
	);
