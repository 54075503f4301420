import { describe, expect, it } from 'vitest';
import type { NotRun, ProgramResult } from '../../../src/engine/model/example-result.ts';
import { programView } from '../../../src/components/views/example-view.ts';
import { NOT_RUN_PLACEHOLDER, notRunNotice } from '../../../src/components/views/not-run-notice.ts';

const program = (notRun: NotRun | undefined, over: Partial<ProgramResult> = {}): ProgramResult => ({
	lang: 'py',
	file: 'examples/demo/demo.py',
	source: 'print("x")\n',
	runtime: 'Python',
	output: [{ stream: 'stdout', text: 'x\n', t: 0 }],
	exitCode: 0,
	signal: null,
	expectedFailure: false,
	browser: { runsIn: 'replay', reason: 'uses threads' },
	durationMs: 0,
	notRun,
	...over,
});
const transcript = { from: 'transcript', transcript: 'examples/demo/demo.py.out' } as const;

describe('an output this build did not run (EXAMPLES=off)', () => {
	it('says it is the committed transcript, not re-run, and offers no replay of a run that did not happen', () => {
		expect(notRunNotice(program(transcript))).toEqual({
			heading: 'Not re-run: committed transcript (EXAMPLES=off)',
			text: 'This build checked and ran no example. The output below is examples/demo/demo.py.out as committed, which may be older than the program above; a timeline needs a run, so none is drawn. Build without EXAMPLES=off to run it.',
		});
		const view = programView(program(transcript));
		expect(view.output.code).toBe('x');
		expect(view.output.caption).toBe('Committed transcript, not re-run in this build');
		expect(view.runButton).toBe(false);
		// "Edit & run" runs in the reader's browser: it stays.
		expect(programView(program(transcript, { browser: { runsIn: 'browser' } })).runButton).toBe(true);
	});

	it('says a cached output is the last cached run of this same program, transcript or not', () => {
		const racy = program({ from: 'cache', transcript: null }, { runtime: 'Python 3.11.7' });
		const notice = {
			heading: 'Not re-run: last cached output (EXAMPLES=off)',
			text: 'This build checked and ran no example. The output below, and its timeline if it has one, come from the cached run of this same program, unchanged since (its cache key is the same): what a build that ran it would show. Build without EXAMPLES=off to run it again.',
		};
		expect(notRunNotice(racy)).toEqual(notice);
		expect(programView(racy).output.caption).toBe('Last cached output, not re-run in this build · Python 3.11.7');
		// A cached run is a real run: its replay stays.
		expect(programView(racy).runButton).toBe(true);
		// With a committed transcript too, the cached run is shown: it is what a build would draw, timeline included.
		expect(notRunNotice(program({ from: 'cache', transcript: 'examples/demo/demo.py.out' }))).toEqual(notice);
	});

	it('shows a placeholder, never an empty block, when there is nothing to show', () => {
		const nothing = program(
			{ from: 'nothing', transcript: 'examples/demo/demo.py.out' },
			{ output: [], exitCode: null }
		);
		expect(notRunNotice(nothing)).toEqual({
			heading: 'Not run: no transcript (EXAMPLES=off)',
			text: 'This build checked and ran no example. There is no output to show: examples/demo/demo.py.out is not committed yet, and the cache holds no run of this version of the program. Build without EXAMPLES=off to see its output.',
		});
		const view = programView(nothing);
		expect(view.output.code).toBe(NOT_RUN_PLACEHOLDER);
		expect(view.output.caption).toBe('Not run in this build');
		expect(view.runButton).toBe(false);
	});

	it('says nothing for an output this build ran', () => {
		const ran = program(undefined, { runtime: 'Python 3.11.7' });
		expect(notRunNotice(ran)).toBeNull();
		expect(programView(ran).output.caption).toBe('Output captured at build time · Python 3.11.7');
		expect(programView(ran).runButton).toBe(true);
	});
});

describe('an engine program this machine cannot run (no Java, no .venv)', () => {
	const needs = {
		missing: 'Java 17 or newer (looked in JAVA_HOME, then PATH)',
		install: 'apt-get install openjdk-17-jre-headless',
	};

	it('shows the committed transcript, naming what is missing and the command that installs it', () => {
		const shown = program({ ...transcript, needs });
		expect(notRunNotice(shown)).toEqual({
			heading: 'Not run in this build: it needs Java 17 or newer (looked in JAVA_HOME, then PATH)',
			text: 'This build could not run this program: it needs Java 17 or newer (looked in JAVA_HOME, then PATH), which the machine that built this page lacks. The output below is examples/demo/demo.py.out as committed, from a machine that had it; no timeline is drawn without a run. Install it with `apt-get install openjdk-17-jre-headless` and build again (a running `npm run dev` runs it after the next save).',
		});
		expect(programView(shown).output.caption).toBe('Committed transcript, not run in this build');
		expect(programView(shown).output.code).toBe('x');
	});

	it('says so in place of the output when no transcript is committed', () => {
		const nothing = program(
			{ from: 'nothing', transcript: 'examples/demo/demo.py.out', needs },
			{ output: [], exitCode: null }
		);
		expect(programView(nothing).output.code).toBe(
			'(not run: this build lacks Java 17 or newer (looked in JAVA_HOME, then PATH), and no transcript is committed)'
		);
	});
});
