import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	keptSparkEvents,
	parseSparkEventLog,
	taskSlotRows,
	type SparkEventLog,
} from '../../../src/engine/record/spark-events.ts';

// Real event logs of PySpark 4.3.0 on local[2], trimmed to the events and fields the module reads
// (tests/fixtures/spark/): four word-count jobs (reduceByKey, then coalesce(1), repartition(3), a map and
// coalesce(1)) and a job whose partition 1 fails its first attempt on local[2,2].
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/spark/${name}.jsonl`, import.meta.url), 'utf8');
const stages = parseSparkEventLog(fixture('stages-reduce-by-key'));
const retry = parseSparkEventLog(fixture('task-retry'));

describe('parseSparkEventLog', () => {
	it('reads jobs, stages and every task attempt of a real log', () => {
		expect(stages.appId).toMatch(/^local-\d+$/);
		expect(stages.jobs.map((j) => j.stages)).toEqual([[0, 1], [2, 3], [4, 5, 6], [7]]);
		// Stages 2 and 4 are the first job's map stage again: skipped (shuffle output reused), so no task ran.
		const ran = [...new Set(stages.tasks.map((t) => t.stage))].sort((a, b) => a - b);
		expect(ran).toEqual([0, 1, 3, 5, 6, 7]);
		expect(stages.tasks).toHaveLength(17);
		const first = stages.stages.find((s) => s.stage === 0);
		expect(first).toMatchObject({ attempt: 0, numTasks: 4, parents: [] });
		expect(stages.stages.find((s) => s.stage === 1)?.parents).toEqual([0]);
		for (const t of stages.tasks) {
			expect(t.executor).toBe('driver');
			expect(t.finish).toBeGreaterThan(t.launch);
			expect(t.slotEnd).toBeLessThanOrEqual(t.finish!);
			expect(t.slotEnd).toBeGreaterThan(t.launch);
		}
	});

	it('reads the shuffle records Spark measured per task', () => {
		const written = (stage: number) =>
			stages.tasks.filter((t) => t.stage === stage).reduce((sum, t) => sum + t.shuffleRecordsWritten, 0);
		const read = (stage: number) =>
			stages.tasks.filter((t) => t.stage === stage).reduce((sum, t) => sum + t.shuffleRecordsRead, 0);
		expect(written(0)).toBeGreaterThan(0);
		expect(read(1)).toBe(written(0));
	});

	it('keeps a failed attempt and its retry as two tasks of the same partition', () => {
		const partition1 = retry.tasks.filter((t) => t.partition === 1).sort((a, b) => a.attempt - b.attempt);
		expect(partition1.map((t) => [t.attempt, t.failed, t.endReason])).toEqual([
			[0, true, 'ExceptionFailure'],
			[1, false, undefined],
		]);
		expect(retry.tasks).toHaveLength(5);
	});

	it('skips lines that are not JSON and events it does not use; a task without an end has no finish', () => {
		const start = {
			Event: 'SparkListenerTaskStart',
			'Stage ID': 3,
			'Stage Attempt ID': 0,
			'Task Info': {
				'Task ID': 9,
				Index: 2,
				Attempt: 0,
				'Launch Time': 1000,
				'Finish Time': 0,
				'Executor ID': '1',
				Host: 'h',
			},
		};
		const log = parseSparkEventLog(
			['not json', '{"Event":"SparkListenerEnvironmentUpdate"}', JSON.stringify(start), ''].join('\n')
		);
		expect(log.tasks).toEqual([
			expect.objectContaining({ taskId: 9, stage: 3, partition: 2, executor: '1', launch: 1000, finish: undefined }),
		]);
		expect(taskSlotRows(log)).toEqual([]);
	});
});

describe('taskSlotRows', () => {
	it('puts the tasks of local[2] on two slot rows, labelled by stage, partition and attempt', () => {
		const rows = taskSlotRows(stages);
		expect(rows.map((r) => r.label)).toEqual(['executor driver · slot 0', 'executor driver · slot 1']);
		expect(rows.flatMap((r) => r.bars)).toHaveLength(17);
		expect(rows[0]!.bars[0]!.label).toBe('stage 0 · partition 0 (attempt 0)');
		for (const row of rows)
			for (let i = 1; i < row.bars.length; i++)
				expect(row.bars[i]!.start).toBeGreaterThanOrEqual(row.bars[i - 1]!.slotEnd);
	});

	it("labels a retry's bar with its attempt", () => {
		const labels = taskSlotRows(retry).flatMap((r) => r.bars.map((b) => b.label));
		expect(labels).toContain('stage 0 · partition 1 (attempt 0)');
		expect(labels).toContain('stage 0 · partition 1 (attempt 1)');
	});

	it('assigns each task the lowest free slot of its own executor', () => {
		const task = (taskId: number, executor: string, launch: number, finish: number) => ({
			taskId,
			stage: 0,
			stageAttempt: 0,
			partition: taskId,
			attempt: 0,
			executor,
			host: 'h',
			launch,
			finish,
			slotEnd: finish,
			failed: false,
			killed: false,
			shuffleRecordsWritten: 0,
			shuffleRecordsRead: 0,
		});
		const log: SparkEventLog = {
			jobs: [],
			stages: [],
			tasks: [
				task(0, 'a', 0, 100),
				task(1, 'a', 10, 50),
				task(2, 'b', 20, 30),
				task(3, 'a', 60, 90),
				task(4, 'a', 100, 120),
			],
		};
		const rows = taskSlotRows(log).map((r) => [r.label, r.bars.map((b) => b.taskId)]);
		expect(rows).toEqual([
			['executor a · slot 0', [0, 4]],
			['executor a · slot 1', [1, 3]],
			['executor b · slot 0', [2]],
		]);
	});
});

describe('keptSparkEvents (what a run keeps of its log)', () => {
	const log = fixture('stages-reduce-by-key');

	it('keeps the events the timeline reads, and only those', () => {
		const withOthers = `{"Event":"SparkListenerEnvironmentUpdate","JVM Information":{}}\n${log}`;
		const kept = keptSparkEvents(withOthers)!;
		expect(kept).not.toContain('EnvironmentUpdate');
		expect(parseSparkEventLog(kept)).toEqual(stages);
	});

	it('drops a last line cut short (a run killed at its timeout while Spark wrote its log)', () => {
		const lines = log.trimEnd().split('\n');
		const cut = `${lines.join('\n')}\n${lines.find((l) => l.includes('TaskEnd'))!.slice(0, 60)}`;
		expect(() => keptSparkEvents(cut)).not.toThrow();
		expect(keptSparkEvents(cut)).toBe(keptSparkEvents(log));
		expect(keptSparkEvents('{"Event":"SparkListenerTaskEnd","Stage ID":')).toBeUndefined();
	});
});
