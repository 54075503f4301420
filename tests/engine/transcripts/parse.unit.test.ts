import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatTranscript } from '../../../src/engine/transcripts/format.ts';
import { parseTranscript, TranscriptSyntaxError } from '../../../src/engine/transcripts/parse.ts';
import { projectRoot } from '../../../src/cli/project-root.ts';

const ROOT = projectRoot();

/** Every committed transcript of the site and of the fixture site. */
function committedTranscripts(): Array<[string, string]> {
	return ['examples', 'tests/fixtures/site/examples'].flatMap((dir) =>
		(readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
			.filter((name) => name.endsWith('.out'))
			.map((name): [string, string] => [`${dir}/${name}`, readFileSync(path.join(ROOT, dir, name), 'utf8')])
	);
}

describe('parseTranscript', () => {
	it('reads every committed transcript back into the run it records', () => {
		const transcripts = committedTranscripts();
		expect(transcripts.length).toBeGreaterThan(100);
		for (const [file, text] of transcripts) expect(formatTranscript(parseTranscript(text)), file).toBe(text);
	});

	it('keeps the streams in the order written, lines of one stream in one chunk, and the exit code', () => {
		const text = 'out| one\nout|\nout| two\nerr| Traceback\nerr|   boom\nout| after\nexit code 1\n';
		expect(parseTranscript(text)).toEqual({
			output: [
				{ stream: 'stdout', text: 'one\n\ntwo\n', t: 0 },
				{ stream: 'stderr', text: 'Traceback\n  boom\n', t: 0 },
				{ stream: 'stdout', text: 'after\n', t: 0 },
			],
			exitCode: 1,
			signal: null,
		});
	});

	it('ends a write at "\\ no newline", so a partial line followed by more of the same stream is kept as written', () => {
		const run = parseTranscript('out| no newline, then\n\\ no newline\nout| more\nkilled by SIGKILL\n');
		expect(run).toEqual({
			output: [
				{ stream: 'stdout', text: 'no newline, then', t: 0 },
				{ stream: 'stdout', text: 'more\n', t: 0 },
			],
			exitCode: null,
			signal: 'SIGKILL',
		});
	});

	it('reads an empty transcript as no output and exit code 0', () => {
		expect(parseTranscript('\n')).toEqual({ output: [], exitCode: 0, signal: null });
	});

	it('names the line of anything a transcript cannot hold', () => {
		const lineOf = (text: string) => {
			try {
				parseTranscript(text);
			} catch (error) {
				if (error instanceof TranscriptSyntaxError) return `${error.line}: ${error.message}`;
				throw error;
			}
			throw new Error('expected a TranscriptSyntaxError');
		};
		expect(lineOf('out| a\n<<<<<<< HEAD\n')).toBe(
			'2: unexpected line "<<<<<<< HEAD": a line starts with "out| " or "err| ", or is "\\ no newline" after one; "exit code N" or "killed by SIGNAL" may end it'
		);
		expect(lineOf('exit code 1\nout| late\n')).toBe('1: "exit code 1" must be the last line');
		expect(lineOf('\\ no newline\n')).toBe('1: "\\ no newline" must follow a line of output');
	});
});
