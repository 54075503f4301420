import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withSparkRows } from '../../../src/engine/record/spark-timeline.ts';
import { checkClaim } from '../../../src/engine/verdict/claims.ts';
import { ClaimSchema } from '../../../src/engine/discover/claims-schema.ts';
import type { Timeline } from '../../../src/shared/timeline.ts';

// Real event logs of PySpark 4.3.0 on local[2] (tests/fixtures/spark/, see spark-events.unit.test.ts).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/spark/${name}.jsonl`, import.meta.url), 'utf8');
const timelineOf = (events: string) => withSparkRows(null, null, { events, epochMinusMonotonicMs: 0 })!;
const claim = (input: unknown) => ClaimSchema.parse(input);
const stages = timelineOf(fixture('stages-reduce-by-key'));
const retry = timelineOf(fixture('task-retry'));

/** A copy of the timeline with the tasks of one stage moved by `ms`. */
function movedStage(timeline: Timeline, stage: number, ms: number): Timeline {
	return {
		...timeline,
		rows: timeline.rows.map((r) => ({
			...r,
			tasks: r.tasks?.map((t) =>
				t.stage === stage ? { ...t, start: t.start + ms, end: t.end + ms, slotEnd: t.slotEnd + ms } : t
			),
		})),
	};
}

describe('Spark rows on the timeline', () => {
	it('puts local[2] tasks on two slot rows of one executor, with a row per stage', () => {
		const slots = stages.rows.filter((r) => r.kind === 'slot');
		expect(stages.rows.filter((r) => r.kind === 'executor').map((r) => r.label)).toEqual(['executor driver']);
		expect(slots.map((r) => r.label)).toEqual(['slot 0', 'slot 1']);
		expect(slots.every((r) => r.calls!.length === r.tasks!.length)).toBe(true);
		expect(slots[0]!.calls![0]!.name).toMatch(/^stage \d+ · partition \d+ \(attempt 0\)$/);
		expect(stages.rows.some((r) => r.kind === 'stage')).toBe(true);
		// Rows start at the first event when the recorder gave no origin.
		expect(Math.min(...stages.rows.flatMap((r) => r.bars.map((b) => b.start)))).toBe(0);
	});

	it('aligns Spark times on the recorder clock: epoch ms − (epoch − monotonic) − origin', () => {
		const events = fixture('stages-reduce-by-key');
		const starts = (origin: number, epochMinusMonotonicMs: number) =>
			withSparkRows({ rows: [], totalMs: 10 }, origin, { events, epochMinusMonotonicMs })!.rows.flatMap((r) =>
				r.bars.map((b) => b.start)
			);
		const base = starts(1000, 5000);
		// A later origin moves every row earlier by as much; so does a clock difference that is larger.
		expect(starts(1200, 5000)).toEqual(base.map((t) => t - 200));
		expect(starts(1000, 5300)).toEqual(base.map((t) => t - 300));
		const firstLaunch = JSON.parse(events.split('\n').find((l) => l.includes('"SparkListenerTaskEnd"'))!)['Task Info'][
			'Launch Time'
		] as number;
		expect(base).toContain(firstLaunch - 6000);
	});
});

describe('Spark claims', () => {
	it('at most K tasks at once: holds for 2 on local[2], fails for 1', () => {
		expect(checkClaim(claim({ kind: 'spark-tasks-at-once', max: 2, atLeast: 2 }), stages)).toMatchObject({
			holds: true,
		});
		const one = checkClaim(claim({ kind: 'spark-tasks-at-once', max: 1 }), stages);
		expect(one.holds).toBe(false);
		expect(one.measured).toMatch(/^2 at once/);
	});

	it('at most K tasks at once: fails when a third task runs beside two others', () => {
		// Stage 1's tasks moved back onto stage 0's: three of them overlap somewhere.
		const stage0 = stages.rows.flatMap((r) => r.tasks ?? []).filter((t) => t.stage === 0);
		const stage1 = stages.rows.flatMap((r) => r.tasks ?? []).filter((t) => t.stage === 1);
		const crowded = movedStage(stages, 1, stage0[0]!.start + 1 - Math.min(...stage1.map((t) => t.start)));
		const two = checkClaim(claim({ kind: 'spark-tasks-at-once', max: 2 }), crowded);
		expect(two.holds).toBe(false);
		expect(two.measured).toMatch(/^[3-9] at once/);
	});

	it('the shuffle barrier holds on the real log, and fails when a task of the next stage starts early', () => {
		const barrier = claim({ kind: 'spark-stage-barrier', before: 0, after: 1 });
		expect(checkClaim(barrier, stages).holds).toBe(true);
		const broken = checkClaim(barrier, movedStage(stages, 1, -10_000));
		expect(broken.holds).toBe(false);
		expect(broken.measured).toMatch(/task\(s\) of stage 1 started before stage 0 ended/);
		expect(checkClaim(claim({ kind: 'spark-stage-barrier', before: 0, after: 99 }), stages).holds).toBe(false);
		// The last job's stages too; and a skipped stage (its shuffle output reused: no task ran) fails, saying so.
		expect(checkClaim(claim({ kind: 'spark-stage-barrier', before: 5, after: 6 }), stages).holds).toBe(true);
		expect(checkClaim(claim({ kind: 'spark-stage-barrier', before: 2, after: 3 }), stages)).toMatchObject({
			holds: false,
			measured: 'no application ran both stage 2 and stage 3',
		});
	});

	it('partition P ran N times: the retried partition twice, the others once', () => {
		expect(checkClaim(claim({ kind: 'spark-partition-runs', partition: 1, times: 2 }), retry)).toMatchObject({
			holds: true,
			measured: '2 attempt(s), 1 failed',
		});
		expect(checkClaim(claim({ kind: 'spark-partition-runs', partition: 0, times: 2 }), retry).holds).toBe(false);
		expect(checkClaim(claim({ kind: 'spark-partition-runs', partition: 1, times: 1 }), retry).holds).toBe(false);
	});

	it('fails, saying why, on a timeline without Spark tasks', () => {
		const none = checkClaim(claim({ kind: 'spark-tasks-at-once', max: 2 }), { rows: [], totalMs: 0 });
		expect(none).toMatchObject({ holds: false, measured: expect.stringMatching(/no Spark task/) });
	});

	it('reads each application of a program on its own: their task and stage ids both start at 0', () => {
		const both = timelineOf(fixture('task-retry') + fixture('stages-reduce-by-key'));
		const tasks = both.rows.flatMap((r) => r.tasks ?? []);
		expect(new Set(tasks.map((t) => t.app))).toEqual(new Set([0, 1]));
		expect(both.rows.filter((r) => r.kind === 'executor').map((r) => r.label)).toEqual([
			'executor driver, app 1',
			'executor driver, app 2',
		]);
		const retried = claim({ kind: 'spark-partition-runs', partition: 1, stage: 0, times: 2, app: 0 });
		expect(checkClaim(retried, both).holds).toBe(true);
		expect(
			checkClaim(claim({ kind: 'spark-partition-runs', partition: 1, stage: 0, times: 2, app: 1 }), both)
		).toMatchObject({ holds: false, measured: '1 attempt(s)' });
		// The barrier holds in the application that has both stages.
		expect(checkClaim(claim({ kind: 'spark-stage-barrier', before: 0, after: 1 }), both).holds).toBe(true);
	});
});
