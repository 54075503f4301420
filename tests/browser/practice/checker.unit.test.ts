import { describe, expect, it } from 'vitest';
import { browserTimeline, judge, shuffled } from '../../../src/browser/practice/checker.ts';
import { BROWSER_TIMELINE, type Claim } from '../../../src/shared/claims.ts';
import type { RunEvent } from '../../../src/browser/runner/worker-output.ts';

const span = (name: string, start: number, end: number): RunEvent => ({ kind: 'span', name, start, end });
const maxTwo: Claim = { kind: 'max-in-flight', rows: 'span:job *', max: 2, says: 'at most 2 jobs in flight' };
const ended = { exitCode: 0, output: '4 jobs done\n' };

describe('the challenge checker', () => {
	it('builds a timeline from the runner events: one row per task, spans grouped by name', () => {
		const timeline = browserTimeline([
			{ kind: 'task', name: 'Task-1', start: 0, end: 50, outcome: 'returned' },
			{ kind: 'task', name: 'slow', start: 1, end: 20, outcome: 'cancelled' },
			span('job', 0, 10),
			span('job', 10, 30),
		]);
		expect(timeline.totalMs).toBe(50);
		expect(timeline.rows.map((r) => `${r.kind}:${r.label}:${r.bars.length}:${r.outcome ?? ''}`)).toEqual([
			'process:main:1:',
			'task:Task-1:1:',
			'task:slow:1:cancelled',
			'span:job:2:',
		]);
	});

	it('records what BROWSER_TIMELINE says it does, by which the build refuses a claim it cannot measure', () => {
		const timeline = browserTimeline([
			{ kind: 'task', name: 'Task-1', start: 0, end: 50, outcome: 'returned' },
			{ kind: 'task', name: 'slow', start: 1, end: 20, outcome: 'cancelled' },
			span('job', 0, 10),
		]);
		expect([...new Set(timeline.rows.map((r) => r.kind))]).toEqual(BROWSER_TIMELINE.kinds);
		const fields = timeline.rows.flatMap((r) =>
			Object.keys(r).filter((k) => !['kind', 'label', 'depth', 'bars'].includes(k))
		);
		expect([...new Set(fields)]).toEqual(BROWSER_TIMELINE.fields);
	});

	it('fails a run naming what it measured and what was wanted, and passes one that holds', () => {
		const four = [1, 2, 3, 4].map((n) => span(`job ${n}`, 0, 150));
		const failed = judge({ ...ended, events: four }, [maxTwo], null);
		expect(failed.holds).toBe(false);
		expect(failed.lines[1]).toEqual({
			holds: false,
			says: 'at most 2 jobs in flight',
			measured: '4 at once',
			wanted: 'at most 2 at once',
		});
		const waves = [span('job 1', 0, 150), span('job 2', 0, 150), span('job 3', 150, 300), span('job 4', 150, 300)];
		expect(judge({ ...ended, events: waves }, [maxTwo], null).holds).toBe(true);
	});

	it("asks for exit code 0, and with sameOutput for the solution's lines", () => {
		const stopped = judge({ exitCode: null, stopped: 'stopped by you', events: [], output: '' }, [], null);
		expect(stopped.lines[0]).toMatchObject({ holds: false, measured: 'stopped by you' });
		const wrong = judge({ exitCode: 0, events: [], output: 'balance 1\n' }, [], 'balance 100\n');
		expect(wrong.lines[1]).toMatchObject({ holds: false, measured: 'line 1 is "balance 1"', wanted: '"balance 100"' });
		expect(judge({ exitCode: 0, events: [], output: 'balance 100\n' }, [], 'balance 100\n').holds).toBe(true);
	});

	it('shuffles the same way every time, never into the real order', () => {
		const lines = ['a', 'b', 'c', 'd'];
		expect(shuffled(lines, 'x:py')).toEqual(shuffled(lines, 'x:py'));
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) {
			const order = shuffled(lines, seed);
			expect([...order].sort()).toEqual([0, 1, 2, 3]);
			expect(order).not.toEqual([0, 1, 2, 3]);
		}
		expect(shuffled(['same', 'same'], 's')).toHaveLength(2);
	});
});
