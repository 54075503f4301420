/**
 * The committed transcript of one program (`examples/<id>/<id>.py.out`): what a terminal showed, line by line, each
 * line tagged with the stream it went to, in the order it was written, then how the program ended when that was not
 * exit code 0. No times, no runtime version: only what the program printed, so a transcript changes exactly when
 * the output a reader sees changes.
 *
 *     out| hello from a
 *     err| a note on stderr
 *     out| no newline, then
 *     \ no newline
 *     exit code 1
 */
import type { OutputChunk } from '../../shared/output.ts';

export const STREAM_TAGS = { stdout: 'out| ', stderr: 'err| ' } as const;
/** After a line that did not end with a newline (the stream changed, or the output ended), as `diff` marks it. */
export const NO_NEWLINE = '\\ no newline';

export interface TranscriptInput {
	output: OutputChunk[];
	exitCode: number | null;
	signal: string | null;
}

export function formatTranscript(run: TranscriptInput): string {
	const lines: string[] = [];
	for (const chunk of run.output) {
		const tag = STREAM_TAGS[chunk.stream];
		const complete = chunk.text.endsWith('\n');
		const parts = (complete ? chunk.text.slice(0, -1) : chunk.text).split('\n');
		// An empty line is the bare tag: no trailing space for an editor to strip.
		for (const part of parts) lines.push(part ? tag + part : tag.trimEnd());
		if (!complete) lines.push(NO_NEWLINE);
	}
	if (run.signal) lines.push(`killed by ${run.signal}`);
	else if (run.exitCode !== 0) lines.push(`exit code ${run.exitCode}`);
	return `${lines.join('\n')}\n`;
}
