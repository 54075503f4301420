import { describe, expect, it } from 'vitest';
import type { ExampleResult, ProgramResult } from '../../../src/engine/model/example-result.ts';
import {
	iterationQuestionLangs,
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

describe('iterationQuestionLangs', () => {
	const timeline = (loop: NonNullable<ProgramResult['timeline']>['loop']) => ({ rows: [], totalMs: 10, loop });
	// "three" (line 4, 0-based) printed by a handle of iteration 2; the TypeScript program's loop was not seen.
	const recorded = program({
		lang: 'py',
		timeline: timeline({
			loops: [
				{
					where: 'main',
					dropped: 0,
					iterations: [
						{ n: 1, start: 0, end: 1, waited: 0, wokeBy: 'ready', ready: [], timers: [], ran: [] },
						{
							n: 2,
							start: 1,
							end: 2,
							waited: 0,
							wokeBy: 'ready',
							ready: ['t'],
							timers: [],
							ran: [{ label: 't', cause: 'future', start: 1, end: 2, out: [4, 5] }],
						},
					],
				},
			],
		}),
	});
	const unseen = program({ timeline: timeline({ unseen: 'no recorder' }) });

	it('asks in the programs whose recorded loop printed the line', () => {
		expect(iterationQuestionLangs({ id: 'demo', programs: [recorded, unseen] }, 'three', '/p/')).toEqual(['py']);
	});

	it('refuses a question no recorded loop answers, naming the page and the line', () => {
		expect(() => iterationQuestionLangs({ id: 'demo', programs: [recorded, unseen] }, 'two', '/p/')).toThrow(
			'/p/: <Example id="demo" predictIteration="two">: no program\'s recorded event loop printed that line.'
		);
		expect(() => iterationQuestionLangs({ id: 'demo', programs: [unseen] }, 'three', '/p/')).toThrow(/no program/);
	});

	it('asks nothing, and refuses nothing, when nothing ran (EXAMPLES=off): there is no loop to show', () => {
		expect(iterationQuestionLangs({ id: 'demo', programs: [program()] }, 'three', '/p/')).toEqual([]);
	});
});
