/**
 * A program's output as every runtime of the site sees it: the engine records it, the page shows it, the browser
 * runner produces and replays it. Isomorphic: no `node:*`, no DOM.
 */

export type Stream = 'stdout' | 'stderr';

/** One piece of output, in the order the program wrote it. */
export interface OutputChunk {
	stream: Stream;
	text: string;
	/**
	 * Milliseconds since the program started, when the parent received the chunk. Kept in the cache and the
	 * collection, never shown in a transcript: timelines place output on the run's clock with it, and the browser's
	 * replay of a recorded run paces the output by it.
	 */
	t: number;
}

/** The text of the output, in true order; with `stream`, of that stream only. */
export function outputText(output: readonly OutputChunk[], stream?: Stream): string {
	return output
		.filter((chunk) => !stream || chunk.stream === stream)
		.map((chunk) => chunk.text)
		.join('');
}
