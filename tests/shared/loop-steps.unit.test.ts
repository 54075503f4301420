import { describe, expect, it } from 'vitest';
import { describeStep, iterationOfOutputLine, loopSteps, stepOfOutputLine } from '../../src/shared/loop-steps.ts';
import type { LoopRecord } from '../../src/shared/loop.ts';

const loops: LoopRecord[] = [
	{
		where: 'main',
		dropped: 0,
		iterations: [
			{
				n: 1,
				start: 0,
				end: 1,
				waited: 0.12,
				wokeBy: 'ready',
				ready: ['a', 'b'],
				timers: [{ label: 'sleep', due: 100 }],
				ran: [
					{ label: 'a', cause: 'create_task', start: 0, end: 0.5, out: [0, 2], line: 4 },
					{ label: 'b', cause: 'create_task', start: 0.5, end: 1, out: [2, 2] },
				],
			},
			{ n: 2, start: 1, end: 100, waited: 99, wokeBy: 'timer', ready: [], timers: [], ran: [] },
			{
				n: 3,
				start: 100,
				end: 101,
				waited: 0,
				wokeBy: 'timer',
				ready: ['a'],
				timers: [],
				ran: [{ label: 'a', cause: 'timer', start: 100, end: 101, out: [2, 3], line: 5 }],
			},
		],
	},
];

describe('loop steps', () => {
	it('makes one step per handle, and one for an iteration that ran nothing', () => {
		expect(loopSteps(loops)).toEqual([
			{ loop: 0, iteration: 0, handle: 0 },
			{ loop: 0, iteration: 0, handle: 1 },
			{ loop: 0, iteration: 1, handle: -1 },
			{ loop: 0, iteration: 2, handle: 0 },
		]);
	});

	it('finds the step and the iteration that printed an output line, and none for a line no handle printed', () => {
		const steps = loopSteps(loops);
		expect([0, 1, 2, 3].map((line) => stepOfOutputLine(loops, steps, line))).toEqual([0, 0, 3, -1]);
		expect([0, 1, 2, 3].map((line) => iterationOfOutputLine({ loops }, line))).toEqual([1, 1, 3, null]);
		expect(iterationOfOutputLine({ unseen: 'uvloop' }, 0)).toBeNull();
		expect(iterationOfOutputLine(undefined, 0)).toBeNull();
	});

	// Iteration 1 polled the selector for 0.12 ms with handles ready: not a wait, and not said to be one.
	it('describes a step in one sentence: the iteration, the wait, the handle, why it was ready, its line and output', () => {
		const steps = loopSteps(loops);
		expect(describeStep(loops, steps[0]!)).toBe(
			'Iteration 1 of 3: did not wait: something was ready. Running a (1 of 2): create_task: its first step, at line 4, printed output lines 1–2.'
		);
		// b printed nothing: the recorder's empty range [2, 2] says so.
		expect(describeStep(loops, steps[1]!)).toBe(
			'Iteration 1 of 3: did not wait: something was ready. Running b (2 of 2): create_task: its first step.'
		);
		expect(describeStep(loops, steps[2]!)).toBe(
			'Iteration 2 of 3: waited 99 ms, then a timer came due. It ran nothing.'
		);
		expect(describeStep(loops, steps[3]!)).toBe(
			'Iteration 3 of 3: a timer came due. Running a (1 of 1): its timer came due, at line 5, printed output line 3.'
		);
	});
});
