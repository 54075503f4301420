/**
 * A fresh run's trace is read once: the claims check reads it (timeline, trace, claims checked), the verdict hands
 * that reading on, and the page's entry (results/program-result.ts) is made from it rather than by parsing again.
 */
import { describe, expect, it } from 'vitest';
import type { ProgramPlan } from '../../../src/engine/plan/plan.ts';
import { programResult } from '../../../src/engine/results/program-result.ts';
import type { RunResult } from '../../../src/engine/run/spawn.ts';
import {
	checkedRun,
	claimsCheck,
	firstProblem,
	type CheckedRun,
	type RunCheck,
} from '../../../src/engine/verdict/run-checks.ts';

const ms = 1_000_000;
const trace = [
	['task', 1, 7, 'first', 0, 300 * ms, 'returned', 0],
	['task', 1, 8, 'second', 10 * ms, 200 * ms, 'returned', 0],
	['process', 1, 0, 'main', 0, 310 * ms, null],
]
	.map((e) => JSON.stringify(e))
	.join('\n');
const run = {
	output: [],
	exitCode: 0,
	signal: null,
	durationMs: 310,
	machine: '2 cores',
	trace,
} as unknown as RunResult;
const planWith = (claims: ProgramPlan['options']['claims']) =>
	({
		example: { id: 'demo' },
		program: { lang: 'py', displayPath: 'examples/demo/demo.py', source: 'print(1)\n' },
		runtime: { version: '3.13.0' },
		options: { claims, expect: null },
	}) as unknown as ProgramPlan;
const overlap = planWith([{ kind: 'overlap', rows: 'task:*', atLeast: 2, says: 'they overlap' }]);

describe('the verdict reads a run once', () => {
	it('checks the claims on the timeline it read, and hands that reading on, the same one every check saw', async () => {
		const seen: CheckedRun[] = [];
		const reads: RunCheck = (_plan, _result, checked) => (seen.push(checked()), null);
		const verdict = await firstProblem(overlap, run, [reads, claimsCheck, reads]);
		expect(verdict.problem).toBeNull();
		expect(verdict.checked).not.toBeNull();
		expect(seen).toEqual([verdict.checked, verdict.checked]);
		expect(seen[0]).toBe(seen[1]);
		expect(verdict.checked!.claims).toEqual([{ says: 'they overlap', measured: '2 at once', holds: true }]);
		expect(verdict.checked!.timeline!.rows.map((r) => r.label)).toEqual(['main process', 'first', 'second']);
	});

	it('reads nothing when no check asks (no claims), and says which claim failed when one does', async () => {
		expect(await firstProblem(planWith([]), run, [claimsCheck])).toEqual({ problem: null, checked: null });
		const apart = planWith([{ kind: 'max-in-flight', rows: 'task:*', max: 1, says: 'one at a time' }]);
		const failed = await firstProblem(apart, run, [claimsCheck]);
		expect(failed.problem).toBe('claim "one at a time" does not hold — measured: 2 at once');
	});
});

describe("the page's entry", () => {
	it("is made from the verdict's reading when there is one, and reads the run itself otherwise (a cache hit)", () => {
		const checked = checkedRun(overlap, run);
		// Handed a reading, it does not parse the trace: a run without one still gets the handed timeline.
		const handed = programResult(overlap, { ...run, trace: '' }, checked);
		expect(handed.timeline).toBe(checked.timeline);
		expect(handed.claims).toBe(checked.claims);
		expect(handed.trace).toBe(checked.trace);
		const read = programResult(overlap, run);
		expect(read).toEqual(handed);
		expect(read.claims).toEqual([{ says: 'they overlap', measured: '2 at once', holds: true }]);
	});
});
