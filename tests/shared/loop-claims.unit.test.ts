/**
 * The loop claims (shared/loop-claims.ts), each on an event log as the recorder sends it, one that keeps the claim
 * and one that breaks it: the log goes through the same parsing and LoopView as a build's run.
 */
import { describe, expect, it } from 'vitest';
import { ClaimSchema } from '../../src/engine/discover/claims-schema.ts';
import { recordedTimeline } from '../../src/engine/record/run-timeline.ts';
import { BROWSER_TIMELINE, checkClaim, unmeasurable } from '../../src/shared/claims.ts';
import type { Timeline } from '../../src/shared/timeline.ts';

const T0 = 1_000_000_000n;
const ns = (ms: number) => String(T0 + BigInt(Math.round(ms * 1e6)));
type Handle = [label: string, task: string | null, cause: string, start: number, end: number];
/** An iteration of the main loop: [n, start, end, ready, timers [label, due], handles]. */
const iteration = (
	n: number,
	start: number,
	end: number,
	ran: Handle[],
	timers: Array<[string, number]> = [],
	ready: string[] = ran.map((h) => h[0])
) => [
	'loop',
	20,
	'main',
	n,
	ns(start),
	ns(end),
	'0',
	'ready',
	ready,
	timers.map(([label, due]) => [label, ns(due)]),
	ran.map(([label, task, cause, s, e], i) => [label, task, cause, ns(s), ns(e), i, i + 1, 5]),
];
const run = (...events: unknown[][]): Timeline =>
	recordedTimeline(
		[['task', 20, 1, 'main', ns(0), ns(900), 'returned', 0], ...events, ['process', 20, 1, 'main', ns(0), ns(1000), 0]]
			.map((e) => JSON.stringify(e))
			.join('\n')
	).timeline!;
const check = (input: unknown, timeline: Timeline) => checkClaim(ClaimSchema.parse(input), timeline);
const step = (name: string, cause: string, start: number): Handle => [name, name, cause, start, start + 1];

const abc = run(
	iteration(1, 0, 2, [step('main', 'create_task', 1)]),
	iteration(
		2,
		2,
		6,
		[step('a', 'create_task', 3), step('b', 'create_task', 4), step('c', 'create_task', 5)],
		[
			['_set_result_unless_cancelled → a', 100],
			['_set_result_unless_cancelled → b', 200],
		]
	)
);
const spread = run(
	iteration(1, 0, 2, [step('main', 'create_task', 1), step('b', 'create_task', 1.5)]),
	iteration(
		2,
		2,
		6,
		[step('a', 'create_task', 3), step('c', 'create_task', 5)],
		[
			['_set_result_unless_cancelled → b', 100],
			['_set_result_unless_cancelled → a', 200],
		]
	)
);

describe('loop claims', () => {
	it('same iteration, in order: holds when a, b, c first run in one iteration in that order, fails otherwise', () => {
		const claim = { kind: 'loop-same-iteration', handles: ['a', 'b', 'c'] };
		expect(check(claim, abc)).toEqual({
			says: 'a, b, c first run in the same iteration of the loop, in this order',
			holds: true,
			measured: 'a: iteration 2, #1; b: iteration 2, #2; c: iteration 2, #3',
		});
		expect(check(claim, spread)).toMatchObject({
			holds: false,
			measured: 'a: iteration 2, #1; b: iteration 1, #2; c: iteration 2, #2',
		});
		expect(check({ ...claim, handles: ['b', 'a'] }, abc).holds).toBe(false);
		expect(check({ ...claim, handles: ['a', 'x'] }, abc)).toMatchObject({ holds: false, measured: 'x never ran' });
	});

	it('blocked: one iteration as long as the one handle that held the loop', () => {
		const blocked = run(iteration(1, 0, 1010, [['blocker', 'blocker', 'create_task', 2, 1005]]));
		const claim = { kind: 'loop-blocked', atLeastMs: 1000 };
		expect(check(claim, blocked)).toMatchObject({
			holds: true,
			measured: 'iteration 1 lasted 1010 ms; blocker held the loop 1003 ms',
		});
		// A loop that waited 1000 ms in the selector was not blocked: its handles were short.
		const waited = run(iteration(1, 0, 1010, [step('main', 'timer', 1005)]));
		expect(check(claim, waited).holds).toBe(false);
		expect(check({ ...claim, by: 'other' }, blocked)).toMatchObject({ holds: false, measured: 'no handle other ran' });
	});

	it('timer order: read where both timers were first pending, matched by whom they wake', () => {
		const claim = { kind: 'loop-timer-order', first: 'a', then: 'b' };
		expect(check(claim, abc)).toMatchObject({
			holds: true,
			measured:
				'in iteration 2: _set_result_unless_cancelled → a due at 100 ms, _set_result_unless_cancelled → b at 200 ms',
		});
		expect(check(claim, spread).holds).toBe(false);
		expect(check({ ...claim, then: 'z' }, abc)).toMatchObject({
			holds: false,
			measured: 'no iteration had timers for both a and z',
		});
	});

	it('iterations: counts the main loop, and an "at most" fails when the recorder left some out', () => {
		expect(check({ kind: 'loop-iterations', atMost: 2 }, abc)).toMatchObject({ holds: true, measured: '2 iterations' });
		expect(check({ kind: 'loop-iterations', atLeast: 3 }, abc).holds).toBe(false);
		const flooded = run(iteration(1, 0, 2, [step('main', 'create_task', 1)]), ['loop-dropped', 20, 'main', 5000]);
		expect(check({ kind: 'loop-iterations', atMost: 2 }, flooded)).toMatchObject({
			holds: false,
			measured: "1 iterations (5000 left out past the recorder's bounds)",
		});
	});

	it('cause: a handle put there by call_soon_threadsafe ran (to_thread), or the causes that did run', () => {
		const back = run(
			iteration(1, 0, 2, [step('main', 'create_task', 1)]),
			iteration(2, 50, 52, [['_chain_future.<locals>._set_state → main', null, 'call_soon_threadsafe', 50, 51]])
		);
		const claim = { kind: 'loop-cause', cause: 'call_soon_threadsafe', handle: 'main' };
		expect(check(claim, back)).toMatchObject({
			holds: true,
			measured: '1 ran, first _chain_future.<locals>._set_state → main (iteration 2, #1)',
		});
		expect(check(claim, abc)).toMatchObject({ holds: false, measured: 'none ran; causes seen: create_task' });
		expect(() => ClaimSchema.parse({ kind: 'loop-cause', cause: 'nope' })).toThrow();
	});

	it('runs before: the first runs of two handles, in loop order', () => {
		const claim = { kind: 'loop-runs-before', first: 'b', then: 'a' };
		expect(check(claim, spread)).toMatchObject({ holds: true, measured: 'b: iteration 1, #2; a: iteration 2, #1' });
		expect(check(claim, abc).holds).toBe(false);
		expect(check({ ...claim, first: 'a', then: 'b' }, abc).holds).toBe(true);
	});

	it('fails, never throws, on a run with no loop, or one the recorder could not see', () => {
		const none = run();
		expect(none.loop).toBeUndefined();
		expect(check({ kind: 'loop-iterations', atLeast: 1 }, none)).toMatchObject({
			holds: false,
			measured: 'no event loop was recorded for this run',
		});
		const unseen = run(['loop-unseen', 20, 'the loop runs in debug mode']);
		expect(check({ kind: 'loop-same-iteration', handles: ['a', 'b'] }, unseen)).toMatchObject({
			holds: false,
			measured: 'the loop could not be recorded: the loop runs in debug mode',
		});
		// The browser records no loop: a challenge cannot claim one (the build refuses it).
		expect(unmeasurable(ClaimSchema.parse({ kind: 'loop-blocked', atLeastMs: 1 }), BROWSER_TIMELINE)).toBe(
			"the event loop's iterations"
		);
	});
});
