import { describe, expect, it } from 'vitest';
import type { ExampleResult, ProgramResult } from '../../../src/engine/model/example-result.ts';
import {
	programView,
	selectPrograms,
	transcript,
	unknownExampleError,
} from '../../../src/components/views/example-view.ts';

const program = (over: Partial<ProgramResult> = {}): ProgramResult => ({
	lang: 'ts',
	file: 'examples/demo/demo.ts',
	source: "console.log('x');\n",
	runtime: 'Node 26.10.0',
	output: [
		{ stream: 'stdout', text: 'one\ntwo\n', t: 1 },
		{ stream: 'stderr', text: 'warn a\nwarn b\n', t: 2 },
		{ stream: 'stdout', text: 'three\n', t: 3 },
	],
	exitCode: 0,
	signal: null,
	expectedFailure: false,
	browser: { runsIn: 'browser' },
	durationMs: 40,
	...over,
});

describe('transcript', () => {
	it('joins the output in order and lists the stderr lines', () => {
		expect(transcript(program())).toEqual({ code: 'one\ntwo\nwarn a\nwarn b\nthree', stderrLines: [3, 4] });
	});

	it('marks a line that stderr starts after a partial stdout line', () => {
		const view = transcript(
			program({
				output: [
					{ stream: 'stdout', text: 'no newline, then ', t: 1 },
					{ stream: 'stderr', text: 'stderr\n', t: 2 },
				],
			})
		);
		expect(view).toEqual({ code: 'no newline, then stderr', stderrLines: [1] });
	});

	it('ends at the last line with text, as the code block does, and marks no stderr line past it', () => {
		// Node's warning for an unsettled top-level await ends with blank lines on stderr.
		const view = transcript(
			program({
				output: [
					{ stream: 'stdout', text: 'waiting\n', t: 1 },
					{ stream: 'stderr', text: 'Warning: unsettled\n^\n\n\n\n', t: 2 },
				],
			})
		);
		expect(view).toEqual({ code: 'waiting\nWarning: unsettled\n^', stderrLines: [2, 3] });
	});

	it('never renders an empty block', () => {
		expect(transcript(program({ output: [] })).code).toBe('(no output)');
	});
});

describe('programView', () => {
	it('titles the output with the command a reader would type and captions it with the runtime', () => {
		const view = programView(program());
		expect(view.output.title).toBe('node demo.ts');
		expect(view.output.caption).toBe(
			'Output captured at build time · Node 26.10.0 · lines marked stderr went to stderr'
		);
	});

	it('shows a non-zero exit code, and says when it was expected', () => {
		expect(programView(program({ exitCode: 1, expectedFailure: true, output: [] })).output.caption).toBe(
			'Output captured at build time · Node 26.10.0 · exit code 1 (expected)'
		);
	});
});

describe('selectPrograms', () => {
	const example: ExampleResult = {
		id: 'demo',
		programs: [program(), program({ lang: 'py', file: 'examples/demo/demo.py', runtime: 'Python 3.11.7' })],
	};

	it('puts Python first', () => {
		expect(selectPrograms(example, undefined, '/p/').map((p) => p.label)).toEqual(['Python', 'TypeScript']);
	});

	it('shows only the language asked for, and names the page when it is missing', () => {
		expect(selectPrograms(example, 'ts', '/p/').map((p) => p.fileName)).toEqual(['demo.ts']);
		const tsOnly = { ...example, programs: [program()] };
		expect(() => selectPrograms(tsOnly, 'py', '/asyncio/gather/')).toThrow(
			'/asyncio/gather/: <Example id="demo" lang="py">: this example has no py program.'
		);
	});
});

describe('unknownExampleError', () => {
	it('names the page and suggests the closest id', () => {
		expect(unknownExampleError('gather-ordr', ['gather-order', 'sleep-zero'], '/asyncio/gather/').message).toBe(
			'/asyncio/gather/: <Example id="gather-ordr"> names no example (no folder examples/gather-ordr/). Did you mean "gather-order"?'
		);
	});
});
