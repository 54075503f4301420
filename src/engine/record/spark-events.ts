/**
 * A Spark event log read into rows: one row per task slot, one bar per task attempt; and what a run keeps of it.
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
 * Pure: text in, data out. Times stay in Spark's epoch milliseconds: spark-timeline.ts puts these rows on the run's
 * timeline, on the recorder's clock, and the Spark claims are checked there (shared/claims.ts).
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

/** The events parseSparkEventLog reads: a run keeps only these lines of Spark's log (keptSparkEvents). */
const SPARK_EVENTS_KEPT =
	/^\{"Event":"SparkListener(ApplicationStart|JobStart|StageSubmitted|StageCompleted|TaskStart|TaskEnd)"/;

/**
 * What a run keeps of Spark's event log: the events the timeline reads (above), without the fields nothing reads
 * (accumulator updates, RDD lineage, job properties): a tenth of the size. Undefined when none is left. A line that
 * is not JSON is dropped, as parseSparkEventLog skips it: a run killed at its timeout leaves a log Spark was still
 * writing, which can end in the middle of an event.
 */
export function keptSparkEvents(text: string): string | undefined {
	const kept = text.split('\n').flatMap((line) => (SPARK_EVENTS_KEPT.test(line) ? (trimmed(line) ?? []) : []));
	return kept.length ? `${kept.join('\n')}\n` : undefined;
}

function trimmed(line: string): string | undefined {
	let event: Record<string, Record<string, unknown> | undefined>;
	try {
		event = JSON.parse(line) as typeof event;
	} catch {
		return undefined;
	}
	delete event['Properties'];
	delete event['Task Executor Metrics'];
	delete event['Stage Infos'];
	for (const key of ['Task Info', 'Stage Info'] as const) {
		delete event[key]?.['Accumulables'];
		delete event[key]?.['RDD Info'];
		delete event[key]?.['Details'];
	}
	return JSON.stringify(event);
}
