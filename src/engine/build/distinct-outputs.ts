/**
 * A racy example's outputs over several runs: each distinct output once, with how often it came up, most frequent
 * first. The page shows them instead of pretending one run's output is *the* output.
 */
import type { OutputChunk } from '../../shared/output.ts';

export interface OutputVariant {
	/** The whole output of the run, stdout and stderr in order. */
	text: string;
	/** In how many runs exactly this output came up. */
	count: number;
}

export function distinctOutputs(runs: Array<{ output: OutputChunk[] }>): OutputVariant[] {
	const counts = new Map<string, number>();
	for (const run of runs) {
		const text = run.output.map((c) => c.text).join('');
		counts.set(text, (counts.get(text) ?? 0) + 1);
	}
	// Map keeps first-seen order, and sort is stable: ties stay in the order they came up.
	return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count);
}
