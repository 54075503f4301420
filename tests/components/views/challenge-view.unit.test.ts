import { describe, expect, it } from 'vitest';
import { challengeView } from '../../../src/components/views/challenge-view.ts';
import type { ExampleResult, ProgramResult } from '../../../src/engine/model/index.ts';

const program = (over: Partial<ProgramResult> = {}): ProgramResult => ({
	lang: 'py',
	file: 'examples/x/x.py',
	source: '',
	runtime: 'Python',
	output: [],
	exitCode: 0,
	signal: null,
	expectedFailure: false,
	durationMs: 0,
	browser: { runsIn: 'browser' },
	...over,
});
const example = (id: string, p: ProgramResult): ExampleResult => ({ id, programs: [p] });

describe('challengeView', () => {
	it('lists the checks in the words of the solution’s claims, a default where the claim has none', () => {
		const solution = example(
			'challenge-x',
			program({
				claimed: [
					{ kind: 'max-in-flight', rows: 'task:job *', max: 2, says: 'never more than 2 jobs' },
					{ kind: 'overlap', rows: 'task:job *', atLeast: 2 },
				],
			})
		);
		const view = challengeView(solution, example('challenge-x-start', program()), 'py', false, '/p/');
		expect(view.checks).toEqual([
			'it runs to its end (exit code 0)',
			'never more than 2 jobs',
			'they overlap (task:job *)',
		]);
	});

	it('refuses a challenge on a program the browser cannot run, or with nothing to check', () => {
		const replay = program({ browser: { runsIn: 'replay', reason: 'uses threading' } as ProgramResult['browser'] });
		expect(() =>
			challengeView(example('a', program({ claimed: [] })), example('b', replay), 'py', true, '/p/')
		).toThrow(/cannot run in a browser \(it uses threading\)/);
		expect(() => challengeView(example('a', program()), example('b', program()), 'py', false, '/p/')).toThrow(
			/the solution has no claims/
		);
		expect(() => challengeView(example('a', program()), example('b', program()), 'ts', true, '/p/')).toThrow(
			/both examples need a ts program/
		);
	});

	it('refuses a claim the browser’s timeline cannot measure, naming it and what the browser lacks', () => {
		const start = example('challenge-x-start', program());
		const refused = (claim: NonNullable<ProgramResult['claimed']>[number]) => () =>
			challengeView(example('challenge-x', program({ claimed: [claim] })), start, 'py', false, '/p/');
		// Holding the loop: a browser records tasks, not their steps; "at most 50 ms" would always hold.
		expect(refused({ kind: 'longest-step', rows: 'task:*', atMostMs: 50, says: 'nothing blocks the loop' })).toThrow(
			'/p/: <Challenge id="challenge-x" start="challenge-x-start" lang="py">: the claim "nothing blocks the loop" (longest-step) cannot be checked in a browser: its timeline has no steps of asyncio tasks (it records tasks with their start, end and outcome, and performance.measure() spans). Use a claim on those rows: overlap, max-in-flight, total-near-longest, total-near-sum, duration, outcome, starts-after.'
		);
		expect(refused({ kind: 'longest-gap', rows: 'task:a', atMostMs: 100 })).toThrow(
			/the claim "task:a never stops for more than 100 ms" \(longest-gap\) cannot be checked in a browser: its timeline has no record of when a row ran/
		);
		expect(refused({ kind: 'duration', rows: 'call:crunch', atMostMs: 100 })).toThrow(/has no call rows/);
		expect(refused({ kind: 'max-in-flight', rows: 'task:a|thread:*', max: 1 })).toThrow(/has no thread rows/);
		expect(refused({ kind: 'starts-after', rows: 'task:b', after: 'worker:w' })).toThrow(/has no worker rows/);
		expect(refused({ kind: 'spark-tasks-at-once', max: 2 })).toThrow(/has no Spark tasks/);
		// Rows a browser records, with or without a kind: accepted.
		expect(refused({ kind: 'outcome', rows: 'task:a|b', is: 'cancelled' })).not.toThrow();
		expect(refused({ kind: 'duration', rows: 'span:fetch *|process:main', atLeastMs: 1 })).not.toThrow();
	});
});
