/**
 * Reads a committed transcript back into the run it records (the inverse of engine/transcripts/format.ts), so a build with
 * examples switched off (offline-results.ts) can show it: `formatTranscript(parseTranscript(text))` is `text`.
 * Times are not in a transcript: every chunk gets `t: 0`.
 */
import type { OutputChunk, Stream } from '../../shared/output.ts';
import { NO_NEWLINE, STREAM_TAGS, type TranscriptInput } from './format.ts';

/** A line a transcript cannot hold, with its 1-based line number. */
export class TranscriptSyntaxError extends Error {
	override name = 'TranscriptSyntaxError';
	readonly line: number;
	constructor(line: number, message: string) {
		super(message);
		this.line = line;
	}
}

const TAGS = Object.entries(STREAM_TAGS) as Array<[Stream, string]>;
const ENDING = /^(?:exit code (-?\d+)|killed by (SIG[A-Z0-9]+))$/;
const EXPECTED = `a line starts with "${STREAM_TAGS.stdout}" or "${STREAM_TAGS.stderr}", or is "${NO_NEWLINE}" after one; "exit code N" or "killed by SIGNAL" may end it`;

export function parseTranscript(text: string): TranscriptInput {
	const body = text.endsWith('\n') ? text.slice(0, -1) : text;
	const lines = body === '' ? [] : body.split('\n');
	const output: OutputChunk[] = [];
	// The chunk the next line of the same stream joins; none after "\ no newline" (that write ended there).
	let open = null as OutputChunk | null;
	let exitCode: number | null = 0;
	let signal: string | null = null;
	for (const [i, line] of lines.entries()) {
		const number = i + 1;
		const ending = ENDING.exec(line);
		if (ending) {
			if (number !== lines.length) throw new TranscriptSyntaxError(number, `"${line}" must be the last line`);
			exitCode = ending[1] === undefined ? null : Number(ending[1]);
			signal = ending[2] ?? null;
			continue;
		}
		if (line === NO_NEWLINE) {
			if (!open) throw new TranscriptSyntaxError(number, `"${NO_NEWLINE}" must follow a line of output`);
			open.text = open.text.slice(0, -1);
			open = null;
			continue;
		}
		const tagged = TAGS.find(([, tag]) => line === tag.trimEnd() || line.startsWith(tag));
		if (!tagged) throw new TranscriptSyntaxError(number, `unexpected line "${line}": ${EXPECTED}`);
		const [stream, tag] = tagged;
		const content = `${line.slice(tag.length)}\n`;
		if (open && open.stream === stream) {
			open.text += content;
		} else {
			open = { stream, text: content, t: 0 };
			output.push(open);
		}
	}
	return { output, exitCode, signal };
}
