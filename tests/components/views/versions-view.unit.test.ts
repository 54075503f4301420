import { describe, expect, it } from 'vitest';
import type { ProgramResult } from '../../../src/engine/model/index.ts';
import { notIn, versionsView } from '../../../src/components/views/versions-view.ts';

const out = (text: string) => [{ stream: 'stdout' as const, text, t: 0 }];
const versions = (v: Partial<NonNullable<ProgramResult['versions']>>): Pick<ProgramResult, 'output' | 'versions'> => ({
	output: out('start\ntrue\nend\n'),
	versions: {
		runtimeName: 'Python',
		main: '3.13',
		same: ['3.13'],
		differs: [],
		notRun: [],
		only: null,
		unchecked: null,
		...v,
	},
});

describe('versionsView', () => {
	it('says which versions print the same', () => {
		expect(versionsView(versions({ same: ['3.11', '3.12', '3.13'] }))).toEqual({
			line: 'Same output on Python 3.11 · 3.12 · 3.13',
			blocks: [],
		});
	});

	it('shows a version that prints something else, its differing lines marked, and why', () => {
		const differs = [
			{
				label: '3.11',
				version: '3.11.7',
				why: 'It prints its version.',
				output: out('start\nfalse\nend\n'),
				exitCode: 1,
				signal: null,
			},
		];
		const view = versionsView(versions({ same: ['3.12', '3.13'], differs }))!;
		expect(view.line).toBe('Same output on Python 3.12 · 3.13; Python 3.11 prints something else (below)');
		expect(view.blocks).toEqual([
			{
				title: 'Python 3.11.7 prints something else:',
				runtime: 'Python 3.11.7',
				why: 'It prints its version.',
				code: 'start\nfalse\nend',
				stderrLines: [],
				marked: [2],
				ending: 'exit code 1',
			},
		]);
	});

	it('names the versions a program needs, runs only on, or is not compared on', () => {
		const notRun = [
			{ label: '3.11', why: 'needs Python 3.13+' },
			{ label: '3.12', why: 'needs Python 3.13+' },
		];
		expect(versionsView(versions({ notRun }))!.line).toBe(
			'Same output on Python 3.13; needs Python 3.13+: not run on Python 3.11 · 3.12'
		);
		expect(versionsView(versions({ only: 'needs PySpark' }))!.line).toBe('Runs on Python 3.13 only: needs PySpark');
		expect(versionsView(versions({ unchecked: 'a race' }))!.line).toBe('Checked on Python 3.13 only: a race');
		expect(versionsView({ output: [] })).toBeNull();
	});
});

describe('notIn', () => {
	it('marks the lines a longest common subsequence leaves out', () => {
		expect(notIn(['a', 'x', 'b', 'y'], ['a', 'b'])).toEqual([2, 4]);
		expect(notIn(['a', 'b'], ['a', 'b'])).toEqual([]);
	});
});
