import { describe, expect, it } from 'vitest';
import { checkClaim, maxInFlight, selectRows } from '../../../src/engine/verdict/claims.ts';
import { ClaimSchema } from '../../../src/engine/discover/claims-schema.ts';
import { recordedTimeline } from '../../../src/engine/record/run-timeline.ts';
import { checkClaims } from '../../../src/engine/verdict/run-checks.ts';
import type { Timeline, TimelineRow } from '../../../src/shared/timeline.ts';

const task = (label: string, start: number, end: number, extra: Partial<TimelineRow> = {}): TimelineRow => ({
	kind: 'task',
	label,
	depth: 1,
	bars: [{ start, end }],
	...extra,
});
const together: Timeline = {
	totalMs: 310,
	rows: [
		{ kind: 'process', label: 'main process', depth: 0, bars: [{ start: 0, end: 310 }] },
		task('a', 5, 305, {
			running: [
				{ start: 5, end: 6 },
				{ start: 304, end: 305 },
			],
		}),
		task('b', 5, 205),
		task('c', 5, 105, { outcome: 'cancelled' }),
	],
};
const oneByOne: Timeline = { totalMs: 610, rows: [task('a', 0, 300), task('b', 300, 500), task('c', 500, 600)] };
const claim = (input: unknown) => ClaimSchema.parse(input);

describe('claims', () => {
	it('total near the longest: holds for overlapping bars, fails for one-by-one bars, with what was measured', () => {
		const c = claim({ kind: 'total-near-longest', rows: 'a|b|c' });
		expect(checkClaim(c, together)).toEqual({
			says: 'total is close to the longest, not the sum (a|b|c)',
			holds: true,
			measured: 'total 300 ms; longest 300 ms; sum 600 ms',
		});
		expect(checkClaim(c, oneByOne)).toMatchObject({
			holds: false,
			measured: 'total 600 ms; longest 300 ms; sum 600 ms',
		});
		expect(checkClaim(claim({ kind: 'total-near-sum', rows: 'a|b|c' }), oneByOne).holds).toBe(true);
	});

	it('in flight: counts bars alive at once; a bar that starts as another ends does not overlap it', () => {
		expect(
			maxInFlight([
				{ start: 0, end: 10 },
				{ start: 10, end: 20 },
			])
		).toBe(1);
		expect(
			maxInFlight([
				{ start: 0, end: 10 },
				{ start: 5, end: 20 },
				{ start: 6, end: 7 },
			])
		).toBe(3);
		expect(checkClaim(claim({ kind: 'max-in-flight', rows: 'task:*', max: 2 }), together)).toMatchObject({
			holds: false,
			measured: '3 at once',
			says: 'at most 2 in flight (task:*)',
		});
		expect(checkClaim(claim({ kind: 'overlap', rows: 'a|b' }), oneByOne).holds).toBe(false);
	});

	it('steps, gaps, durations, outcomes, order', () => {
		expect(checkClaim(claim({ kind: 'longest-gap', rows: 'a', atLeastMs: 250 }), together)).toMatchObject({
			holds: true,
			measured: '298 ms',
		});
		expect(checkClaim(claim({ kind: 'longest-step', rows: 'a', atMostMs: 0.5 }), together)).toMatchObject({
			holds: false,
			measured: '1 ms',
		});
		expect(checkClaim(claim({ kind: 'duration', rows: 'b|c', atLeastMs: 150 }), together)).toMatchObject({
			holds: false,
			measured: '100 ms to 200 ms',
		});
		expect(checkClaim(claim({ kind: 'outcome', rows: 'c', is: 'cancelled' }), together).holds).toBe(true);
		expect(checkClaim(claim({ kind: 'outcome', rows: 'a', is: 'cancelled' }), together).measured).toBe('returned');
		expect(checkClaim(claim({ kind: 'starts-after', rows: 'c', after: 'a|b' }), oneByOne).holds).toBe(true);
	});

	it('selects by kind and label, with * and |, and names the rows when nothing matches', () => {
		expect(selectRows(together, 'task:*').map((r) => r.label)).toEqual(['a', 'b', 'c']);
		expect(selectRows(together, 'process:main*|c').map((r) => r.label)).toEqual(['main process', 'c']);
		expect(checkClaim(claim({ kind: 'overlap', rows: 'thread:x' }), together)).toMatchObject({
			holds: false,
			measured: 'no row matches "thread:x" (rows: process:main process, task:a, task:b, task:c)',
		});
	});

	it('a claim that does not hold is a problem naming the claim and the measured value', () => {
		const trace = [
			['steps', 1, 7, [0, 1]],
			['task', 1, 7, 'first', 0, 50_000_000, 'returned', 0],
			['task', 1, 8, 'second', 50_000_000, 100_000_000, 'returned', 0],
			['process', 1, 0, 'main', 0, 100_000_000, null],
		]
			.map((e) => JSON.stringify(e))
			.join('\n');
		const result = checkClaims(
			[claim({ kind: 'overlap', rows: 'first|second', says: 'they overlap' })],
			recordedTimeline(trace).timeline
		);
		expect(result.problem).toBe('claim "they overlap" does not hold — measured: 1 at once');
		expect(checkClaims([claim({ kind: 'overlap', rows: 'a' })], recordedTimeline('').timeline).problem).toMatch(
			/recorded no timeline/
		);
	});

	it('an unknown kind is refused by the schema', () => {
		expect(ClaimSchema.safeParse({ kind: 'fast', rows: 'a' }).success).toBe(false);
	});
});
