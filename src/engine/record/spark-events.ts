/**
 * A Spark event log read into a timeline: one row per task slot, one bar per task attempt, and two checks on it.
 *
 * Spark writes the log (`spark.eventLog.enabled`, one JSON object per line) from the same listener events its web
 * UI draws its "event timeline" from. What is used here:
 * - `SparkListenerTaskEnd`: `Stage ID`, `Stage Attempt ID`, `Task Info` (`Task ID`, `Index` = the partition,
 *   `Attempt`, `Launch Time`, `Finish Time` in epoch milliseconds, `Executor ID`, `Host`, `Failed`, `Killed`) and
 *   `Task Metrics` (shuffle records written and read). `SparkListenerTaskStart` only says a task began: a task
 *   with a start and no end (the application was killed) is kept as unfinished, without a bar.
 * - `SparkListenerStageSubmitted` / `SparkListenerStageCompleted`: `Stage Info` (`Stage ID`, `Stage Attempt ID`,
 *   `Stage Name`, `Number of Tasks`, `Parent IDs`, `Submission Time`, `Completion Time`).
 * - `SparkListenerJobStart`: `Job ID`, `Stage IDs`, `Submission Time`; `SparkListenerApplicationStart`: `App ID`.
 * Anything else (environment, executors, SQL plans, block updates) is skipped, as are lines that are not JSON.
 *
 * Pure: text in, data out. Times stay in Spark's epoch milliseconds; `shiftTimes` maps them onto another clock
 * (the recorder's monotonic one: record both clocks once at start, and pass the difference).
 * The row kinds of the site's timelines live in timeline-rows.ts; these rows are their own type, shaped alike
 * (a label and bars with start, end and label) so the engine can convert them when it draws Spark runs.
 */

export interface SparkTask {
	taskId: number;
	stage: number;
	stageAttempt: number;
	/** `Index`: the partition the task computes. */
	partition: number;
	/** `Attempt`: 0 for the first run of this partition in this stage attempt, 1 for its retry, ... */
	attempt: number;
	executor: string;
	host: string;
	/** Epoch ms. */
	launch: number;
	/** Epoch ms, when the driver handled the task's end; undefined when the log has no end for the task. */
	finish?: number;
	/**
	 * Epoch ms, when the task's slot was free again: launch + the executor's own deserialize, run and result
	 * serialization times, at most `finish`. The driver sets `finish` after it fetched and read the result, and
	 * by then it may have launched the next task on the freed slot (on these runs `finish` came up to 133 ms after
	 * the executor's end, and next launches up to 14 ms before `finish`), so slots and
	 * concurrency are counted with this time, and the bars drawn with `finish`, as Spark's UI draws them.
	 */
	slotEnd?: number;
	failed: boolean;
	killed: boolean;
	/** The reason of a failed task, as Spark names it (`ExceptionFailure`, `TaskKilled`, ...). */
	endReason?: string;
	shuffleRecordsWritten: number;
	shuffleRecordsRead: number;
}

export interface SparkStage {
	stage: number;
	attempt: number;
	name: string;
	numTasks: number;
	parents: number[];
	submitted?: number;
	completed?: number;
}

export interface SparkJob {
	job: number;
	stages: number[];
	submitted?: number;
}

export interface SparkEventLog {
	appId?: string;
	jobs: SparkJob[];
	stages: SparkStage[];
	/** Every task attempt, in the order their last event appears in the log. */
	tasks: SparkTask[];
}

type Json = Record<string, unknown>;

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const str = (value: unknown): string => (typeof value === 'string' ? value : value === undefined ? '' : String(value));
const nums = (value: unknown): number[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'number') : []);

function taskFrom(event: Json): SparkTask | undefined {
	const info = obj(event['Task Info']);
	const taskId = num(info['Task ID']);
	const stage = num(event['Stage ID']);
	const launch = num(info['Launch Time']);
	if (taskId === undefined || stage === undefined || launch === undefined) return undefined;
	const metrics = obj(event['Task Metrics']);
	const write = obj(metrics['Shuffle Write Metrics']);
	const read = obj(metrics['Shuffle Read Metrics']);
	const finish = num(info['Finish Time']) || undefined;
	const reason = obj(event['Task End Reason']);
	const executorMs =
		(num(metrics['Executor Deserialize Time']) ?? 0) +
		(num(metrics['Executor Run Time']) ?? 0) +
		(num(metrics['Result Serialization Time']) ?? 0);
	const slotEnd = finish === undefined ? undefined : executorMs ? Math.min(finish, launch + executorMs) : finish;
	return {
		taskId,
		stage,
		stageAttempt: num(event['Stage Attempt ID']) ?? 0,
		partition: num(info['Index']) ?? 0,
		attempt: num(info['Attempt']) ?? 0,
		executor: str(info['Executor ID']),
		host: str(info['Host']),
		launch,
		finish,
		slotEnd,
		failed: info['Failed'] === true,
		killed: info['Killed'] === true,
		endReason: reason['Reason'] === undefined || reason['Reason'] === 'Success' ? undefined : str(reason['Reason']),
		shuffleRecordsWritten: num(write['Shuffle Records Written']) ?? 0,
		shuffleRecordsRead: num(read['Total Records Read']) ?? 0,
	};
}

/** Reads an event log (JSON lines). Lines that are not JSON objects are skipped. */
export function parseSparkEventLog(text: string): SparkEventLog {
	const log: SparkEventLog = { jobs: [], stages: [], tasks: [] };
	const tasks = new Map<number, SparkTask>();
	const stages = new Map<string, SparkStage>();
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		let event: Json;
		try {
			event = obj(JSON.parse(line));
		} catch {
			continue;
		}
		switch (event['Event']) {
			case 'SparkListenerApplicationStart':
				log.appId = str(event['App ID']) || undefined;
				break;
			case 'SparkListenerJobStart': {
				const job = num(event['Job ID']);
				if (job !== undefined)
					log.jobs.push({ job, stages: nums(event['Stage IDs']), submitted: num(event['Submission Time']) });
				break;
			}
			case 'SparkListenerStageSubmitted':
			case 'SparkListenerStageCompleted': {
				const info = obj(event['Stage Info']);
				const stage = num(info['Stage ID']);
				if (stage === undefined) break;
				const attempt = num(info['Stage Attempt ID']) ?? 0;
				const key = `${stage}.${attempt}`;
				const known = stages.get(key);
				const next: SparkStage = {
					stage,
					attempt,
					name: str(info['Stage Name']),
					numTasks: num(info['Number of Tasks']) ?? 0,
					parents: nums(info['Parent IDs']),
					submitted: num(info['Submission Time']) ?? known?.submitted,
					completed: num(info['Completion Time']) ?? known?.completed,
				};
				stages.set(key, next);
				break;
			}
			case 'SparkListenerTaskStart':
			case 'SparkListenerTaskEnd': {
				const task = taskFrom(event);
				if (!task) break;
				if (event['Event'] === 'SparkListenerTaskStart') task.finish = task.slotEnd = undefined;
				tasks.delete(task.taskId); // keep the order of each task's last event
				tasks.set(task.taskId, task);
				break;
			}
		}
	}
	log.stages = [...stages.values()].sort((a, b) => a.stage - b.stage || a.attempt - b.attempt);
	log.tasks = [...tasks.values()];
	return log;
}

export interface SlotBar {
	start: number;
	/** `finish` (see SparkTask) */
	end: number;
	slotEnd: number;
	/** `stage S · partition P (attempt A)` */
	label: string;
	taskId: number;
	stage: number;
	partition: number;
	attempt: number;
	failed: boolean;
}

export interface SlotRow {
	executor: string;
	host: string;
	/** 0-based, per executor. */
	slot: number;
	/** `executor driver · slot 0` */
	label: string;
	bars: SlotBar[];
}

export const taskLabel = (t: Pick<SparkTask, 'stage' | 'partition' | 'attempt'>) =>
	`stage ${t.stage} · partition ${t.partition} (attempt ${t.attempt})`;

/**
 * One row per task slot: each finished task goes to the lowest-numbered slot of its executor that is free at its
 * launch (a slot is free once its last task's `slotEnd` is at or before the launch). Spark does not log which of its
 * threads ran a task, so slots are the fewest rows that hold the tasks without overlap, in launch order; their
 * number per executor is the most tasks it ran at once. Rows are ordered by executor (as first seen), then slot.
 */
export function taskSlotRows(log: SparkEventLog): SlotRow[] {
	const finished = log.tasks
		.filter((t): t is SparkTask & { finish: number; slotEnd: number } => t.finish !== undefined)
		.sort((a, b) => a.launch - b.launch || a.taskId - b.taskId);
	const byExecutor = new Map<string, { host: string; slots: SlotBar[][]; ends: number[] }>();
	for (const task of finished) {
		let executor = byExecutor.get(task.executor);
		if (!executor) byExecutor.set(task.executor, (executor = { host: task.host, slots: [], ends: [] }));
		let slot = executor.ends.findIndex((end) => end <= task.launch);
		if (slot === -1) {
			slot = executor.ends.length;
			executor.slots.push([]);
			executor.ends.push(0);
		}
		executor.ends[slot] = task.slotEnd;
		executor.slots[slot]!.push({
			start: task.launch,
			end: task.finish,
			slotEnd: task.slotEnd,
			label: taskLabel(task),
			taskId: task.taskId,
			stage: task.stage,
			partition: task.partition,
			attempt: task.attempt,
			failed: task.failed,
		});
	}
	return [...byExecutor].flatMap(([name, executor]) =>
		executor.slots.map((bars, slot) => ({
			executor: name,
			host: executor.host,
			slot,
			label: `executor ${name} · slot ${slot}`,
			bars,
		}))
	);
}

/** Moves every time of the rows by `offsetMs` (for example: monotonic clock at start minus epoch at start). */
export function shiftTimes(rows: SlotRow[], offsetMs: number): SlotRow[] {
	return rows.map((row) => ({
		...row,
		bars: row.bars.map((bar) => ({
			...bar,
			start: bar.start + offsetMs,
			end: bar.end + offsetMs,
			slotEnd: bar.slotEnd + offsetMs,
		})),
	}));
}

export interface CheckResult {
	ok: boolean;
	/** What was measured, in words, for a failure message or the page. */
	measured: string;
}

/**
 * "No task of stage `after` starts before every task of stage `before` ended": the shuffle barrier between a
 * map stage and the stage that reads it. Fails too when either stage has no finished task in the log.
 */
export function checkStageBarrier(log: SparkEventLog, before: number, after: number): CheckResult {
	const first = log.tasks.filter((t) => t.stage === before);
	const second = log.tasks.filter((t) => t.stage === after);
	if (!first.length || !second.length) {
		const missing = first.length ? after : before;
		return { ok: false, measured: `stage ${missing} has no task in the log` };
	}
	if (first.some((t) => t.finish === undefined))
		return { ok: false, measured: `a task of stage ${before} never finished` };
	// The finish, not the slot end: Spark submits the next stage only once it handled the last task's end.
	const lastEnd = Math.max(...first.map((t) => t.finish!));
	const firstStart = Math.min(...second.map((t) => t.launch));
	const early = second.filter((t) => t.launch < lastEnd);
	return early.length
		? {
				ok: false,
				measured: `${early.length} task(s) of stage ${after} started before stage ${before} ended (${taskLabel(early[0]!)} by ${lastEnd - early[0]!.launch} ms)`,
			}
		: { ok: true, measured: `stage ${after} started ${firstStart - lastEnd} ms after stage ${before} ended` };
}

/** "At most `max` tasks ran at once" (over the whole log, or the tasks `select` keeps), each task from its launch
 * to its `slotEnd`. An end at the very millisecond of another task's launch does not overlap it. */
export function checkMaxTasksAtOnce(
	log: SparkEventLog,
	max: number,
	select: (task: SparkTask) => boolean = () => true
): CheckResult {
	const most = mostTasksAtOnce(log.tasks.filter(select));
	return { ok: most <= max, measured: `at most ${most} task(s) at once` };
}

export function mostTasksAtOnce(tasks: SparkTask[]): number {
	const edges: [number, number][] = [];
	for (const t of tasks) {
		if (t.slotEnd === undefined) continue;
		edges.push([t.launch, 1], [t.slotEnd, -1]);
	}
	edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]); // ends before starts at the same time
	let running = 0;
	let most = 0;
	for (const [, step] of edges) {
		running += step;
		most = Math.max(most, running);
	}
	return most;
}
