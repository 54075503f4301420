/**
 * The shape of a run in time, as plain data: what the engine records from a run (engine/record/timeline.ts), what a
 * page draws (components/views/timeline-svg.ts), what the build and the browser's challenges check claims against
 * (shared/claims.ts), and what the browser's practice runner builds from a run in the page. Types only; isomorphic.
 */

import type { LoopView } from './loop.ts';

export type RowKind = 'process' | 'thread' | 'task' | 'worker' | 'child' | 'span' | 'executor' | 'slot' | 'stage';

/** A stretch of time, in ms from the start of the run. */
export interface Interval {
	start: number;
	end: number;
}

/** A Spark task on its slot row (engine/record/spark-timeline.ts): from its launch to its end, as Spark's log has it. */
export interface SparkTaskBar extends Interval {
	/** When its slot was free again (the executor's own end, at most `end`). */
	slotEnd: number;
	/** Which of the run's Spark applications (0, 1, …, in the order they started) ran it. */
	app: number;
	stage: number;
	partition: number;
	attempt: number;
	failed: boolean;
}

export interface TimelineRow {
	kind: RowKind;
	/** What the runtime (or the program, for a span) calls it: `Task-2`, `asyncio_0`, `SpawnProcess-1`, `worker 1`. */
	label: string;
	/** 0: a process; 1: what runs in it; 2: what runs in a child process or worker. */
	depth: number;
	/** Usually one bar; a span measured several times under one name has several. */
	bars: Interval[];
	/** asyncio tasks: when the task ran on the loop (its steps); the rest of its bar it was waiting. */
	running?: Interval[];
	/** Calls a pool ran in this thread or process (`to_thread(work)`, `pool.map(work, …)`). */
	calls?: Array<Interval & { name: string }>;
	/** Instant events (`performance.mark()`). */
	marks?: Array<{ at: number; name: string }>;
	/** How it ended, when that matters: `cancelled`, `raised TimeoutError`, `exit code 1`. */
	outcome?: string;
	/** A Spark slot row's tasks (its `calls`, with what the Spark claims read). */
	tasks?: SparkTaskBar[];
}

export interface Timeline {
	rows: TimelineRow[];
	/** Wall time of the main process, ms. */
	totalMs: number;
	/** The event loop's own view, iteration by iteration, when the program ran one (shared/loop.ts). */
	loop?: LoopView;
}
