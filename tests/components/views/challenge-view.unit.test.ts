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
});
