/**
 * A racy example's outputs over several runs: each distinct output once, with how often it came up, most frequent
 * first. The page shows them instead of pretending one run's output is *the* output.
 */
import { outputText } from '../../shared/output.ts';
import { formatTranscript, type TranscriptInput } from '../transcripts/format.ts';

export interface OutputVariant {
	/** The whole output of the run, stdout and stderr in order. */
	text: string;
	/** In how many runs exactly this output came up. */
	count: number;
}

/** Runs are told apart by their transcripts (transcripts/format.ts), the text every other comparison uses. */
export function distinctOutputs(runs: TranscriptInput[]): OutputVariant[] {
	const variants = new Map<string, OutputVariant>();
	for (const run of runs) {
		const key = formatTranscript(run);
		const seen = variants.get(key);
		if (seen) seen.count++;
		else variants.set(key, { text: outputText(run.output), count: 1 });
	}
	// Map keeps first-seen order, and sort is stable: ties stay in the order they came up.
	return [...variants.values()].sort((a, b) => b.count - a.count);
}
