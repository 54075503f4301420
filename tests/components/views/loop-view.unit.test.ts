import { describe, expect, it } from 'vitest';
import { loopSectionView, MAX_TABLE_ITERATIONS } from '../../../src/components/views/loop-view.ts';
import type { LoopIteration, LoopView } from '../../../src/shared/loop.ts';

/** The a/b/c program's shape: main creates three tasks, they first run together, then wake on their timers. */
const abc: LoopView = {
	loops: [
		{
			where: 'main',
			dropped: 0,
			iterations: [
				{
					n: 1,
					start: 0,
					end: 0.4,
					waited: 0,
					wokeBy: 'ready',
					ready: ['main'],
					timers: [],
					ran: [{ label: 'main', task: 'Task-1', cause: 'create_task', start: 0, end: 0.4, line: 12 }],
				},
				{
					n: 2,
					start: 0.4,
					end: 0.9,
					waited: 0,
					wokeBy: 'ready',
					ready: ['a', 'b', 'c'],
					timers: [],
					ran: [
						{ label: 'a', cause: 'create_task', start: 0.4, end: 0.5, out: [0, 1], line: 5 },
						{ label: 'b', cause: 'create_task', start: 0.5, end: 0.6, out: [1, 2], line: 5 },
						{ label: 'c', cause: 'create_task', start: 0.6, end: 0.7, out: [2, 3], line: 5 },
					],
				},
				{
					n: 3,
					start: 100.9,
					end: 101.2,
					waited: 100,
					wokeBy: 'timer',
					ready: [],
					timers: [
						{ label: 'c', due: 100.7 },
						{ label: 'b', due: 200.6 },
					],
					ran: [
						{ label: 'sleep → c', cause: 'timer', start: 100.9, end: 101, out: [3, 3] },
						{ label: 'c', cause: 'future', start: 101, end: 101.2, out: [3, 7], line: 6 },
					],
				},
			],
		},
	],
};
const output = ['a starts', 'b starts', 'c starts', 'c done', 'x', 'y', 'z'];

describe('loopSectionView', () => {
	it('is null for a run without a loop view, or a loop that ran no iteration', () => {
		expect(loopSectionView(undefined, 'py', [])).toBeNull();
		expect(loopSectionView({ loops: [{ where: 'main', iterations: [], dropped: 0 }] }, 'py', [])).toBeNull();
	});

	it('says in one line why the loop could not be seen', () => {
		expect(loopSectionView({ unseen: 'uvloop runs its loop in C.' }, 'py', [])).toEqual({
			kind: 'unseen',
			text: 'The event loop of this run could not be seen: uvloop runs its loop in C.',
		});
	});

	it('makes one row per iteration: the wait and why it ended, the ready queue, the timers, what ran and why', () => {
		const view = loopSectionView(abc, 'py', output);
		if (view?.kind !== 'loops') throw new Error('expected loops');
		expect(view.steps).toBe(6);
		expect(view.readyQueue).toBe(true);
		const [table] = view.tables;
		expect(table!.leftOut).toBe('');
		expect(table!.rows[1]).toEqual({
			n: 2,
			waited: '0 ms',
			woke: 'did not wait: something was ready',
			ready: 'a, b, c',
			timers: '—',
			ran: [
				{ label: 'a', cause: 'create_task: its first step', line: 'line 5', printed: 'printed "a starts"' },
				{ label: 'b', cause: 'create_task: its first step', line: 'line 5', printed: 'printed "b starts"' },
				{ label: 'c', cause: 'create_task: its first step', line: 'line 5', printed: 'printed "c starts"' },
			],
		});
		expect(table!.rows[2]!.woke).toBe('a timer came due');
		expect(table!.rows[2]!.waited).toBe('100 ms');
		expect(table!.rows[2]!.timers).toBe('c due at 101 ms, b due at 201 ms');
		// Four lines: two quoted, and which lines they were.
		// A handle that printed nothing has an empty range: nothing to say.
		expect(table!.rows[2]!.ran[0]!.printed).toBe('');
		expect(table!.rows[2]!.ran[1]!.printed).toBe('printed "c done", "x" (output lines 4–7)');
	});

	it('says what the Python recorder records, naming the ready queue and timers only when the data has them', () => {
		const view = loopSectionView(abc, 'py', output);
		expect(view?.kind === 'loops' && view.recorded).toMatch(/ready queue as it began, the timers pending/);
	});

	it('says Node has no ready queue, where its record has none', () => {
		const node: LoopView = {
			loops: [
				{
					where: 'main',
					dropped: 0,
					iterations: [
						{
							n: 1,
							start: 0,
							end: 1,
							waited: 0,
							wokeBy: 'none',
							ready: [],
							timers: [],
							ran: [{ label: 'Timeout', cause: 'timers', start: 0, end: 1 }],
						},
					],
				},
			],
		};
		const view = loopSectionView(node, 'ts', []);
		if (view?.kind !== 'loops') throw new Error('expected loops');
		expect(view.recorded).toMatch(/Node does not report its ready queue, so none is shown\.$/);
		expect(view.readyQueue).toBe(false);
		expect(view.tables[0]!.rows[0]!.ran[0]!.cause).toBe('timers phase');
		expect(view.tables[0]!.rows[0]!.woke).toBe('did not wait');
	});

	it('caps a long run and says what the table and the recorder left out', () => {
		const spin: LoopIteration[] = Array.from({ length: 1000 }, (_, i) => ({
			n: i + 1,
			start: i,
			end: i + 1,
			waited: 0,
			wokeBy: 'ready',
			ready: ['spin'],
			timers: [],
			ran: [{ label: 'spin', cause: 'yield', start: i, end: i + 1 }],
		}));
		const view = loopSectionView({ loops: [{ where: 'main', iterations: spin, dropped: 42 }] }, 'py', []);
		if (view?.kind !== 'loops') throw new Error('expected loops');
		expect(view.tables[0]!.rows).toHaveLength(MAX_TABLE_ITERATIONS);
		expect(view.steps).toBe(1000);
		expect(view.tables[0]!.leftOut).toBe(
			`Iterations ${MAX_TABLE_ITERATIONS + 1}–1000 (${1000 - MAX_TABLE_ITERATIONS}) are not in this table; the stepper goes through all of them. The recorder stopped recording after its bound: 42 more iterations or handles ran but were not recorded.`
		);
	});
});
