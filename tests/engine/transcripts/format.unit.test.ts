import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../../src/engine/transcripts/format.ts';
import type { OutputChunk } from '../../../src/shared/output.ts';

const out = (text: string, t = 0): OutputChunk => ({ stream: 'stdout', text, t });
const err = (text: string, t = 0): OutputChunk => ({ stream: 'stderr', text, t });

describe('formatTranscript', () => {
	it('tags every line with its stream, in the order written', () => {
		const text = formatTranscript({ output: [out('a\nb\n'), err('oops\n'), out('c\n')], exitCode: 0, signal: null });
		expect(text).toBe('out| a\nout| b\nerr| oops\nout| c\n');
	});

	it('marks a line that did not end with a newline, and keeps empty lines without trailing spaces', () => {
		const text = formatTranscript({ output: [out('\nno newline, then '), err('stderr\n')], exitCode: 0, signal: null });
		expect(text).toBe('out|\nout| no newline, then \n\\ no newline\nerr| stderr\n');
	});

	it('ends with the exit code or the signal when the program did not exit 0', () => {
		expect(formatTranscript({ output: [err('boom\n')], exitCode: 1, signal: null })).toBe('err| boom\nexit code 1\n');
		expect(formatTranscript({ output: [out('x\n')], exitCode: null, signal: 'SIGTERM' })).toBe(
			'out| x\nkilled by SIGTERM\n'
		);
	});

	it('leaves times out: the same text for the same output written at other moments', () => {
		const a = formatTranscript({ output: [out('x\n', 1), err('y\n', 2)], exitCode: 0, signal: null });
		const b = formatTranscript({ output: [out('x\n', 900), err('y\n', 1500)], exitCode: 0, signal: null });
		expect(a).toBe(b);
	});
});
