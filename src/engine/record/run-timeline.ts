/**
 * What a run did in time: its timeline and its downloadable trace, made from the recorder's events, which are cached
 * with the run, so a cached build draws the same timeline. Whether the run kept its claims is the verdict's business
 * (verdict/run-checks.ts).
 */
import { parseRecordedEvents } from './events.ts';
import { showsTime, timelineOriginMs, timelineRows } from './timeline.ts';
import type { Timeline } from '../../shared/timeline.ts';
import { withSparkRows, type SparkRecord } from './spark-timeline.ts';
import { traceJson, type TraceEvent } from './trace.ts';
import { loopView } from './loop.ts';

export interface RecordedTimeline {
	/** Null when the run recorded nothing (it did not get as far as starting). */
	timeline: Timeline | null;
	/** Chrome Trace Event JSON, as a string; null when the timeline shows nothing in time (only the main process). */
	trace: string | null;
}

export function recordedTimeline(
	traceText: string,
	/** A Spark run's event log: its executors, task slots and stages join the timeline (spark-timeline.ts). */
	spark?: SparkRecord
): RecordedTimeline {
	const events = parseRecordedEvents(traceText);
	const recorded = timelineRows(events);
	const timeline = spark ? withSparkRows(recorded, timelineOriginMs(events), spark) : recorded;
	// The event loop's own view, only for a program that ran one (or ran one the recorder could not see).
	const loop = timeline ? loopView(events, timelineOriginMs(events)) : undefined;
	if (timeline && loop) timeline.loop = loop;
	const trace = traceJson(events);
	if (trace && timeline && spark) trace.traceEvents.push(...sparkTraceEvents(timeline));
	// A trace is downloaded from the page's timeline: without one to draw, no page links to it.
	return { timeline, trace: showsTime(timeline) && trace ? JSON.stringify(trace) : null };
}

/**
 * Spark's rows in the trace: a process per executor (pids from 1 000 000, beside the real ones), a thread per task
 * slot, a complete event per task; the stages on a track of their own. Times are the timeline's (ms from the origin).
 */
function sparkTraceEvents(timeline: Timeline): TraceEvent[] {
	const out: TraceEvent[] = [];
	let pid = 1_000_000;
	let tid = 0;
	const us = (ms: number) => Math.round(ms * 1000);
	for (const row of timeline.rows) {
		if (row.kind === 'executor') {
			pid++;
			tid = 0;
			out.push({ name: 'process_name', ph: 'M', pid, tid: 0, args: { name: `Spark ${row.label}` } });
		} else if (row.kind === 'slot') {
			tid++;
			out.push({ name: 'thread_name', ph: 'M', pid, tid, args: { name: `task ${row.label}` } });
			for (const call of row.calls ?? [])
				out.push({
					name: call.name,
					cat: 'spark_task',
					ph: 'X',
					pid,
					tid,
					ts: us(call.start),
					dur: us(call.end - call.start),
				});
		} else if (row.kind === 'stage') {
			const bar = row.bars[0]!;
			out.push({
				name: row.label,
				cat: 'spark_stage',
				ph: 'X',
				pid: 1_000_000,
				tid: 0,
				ts: us(bar.start),
				dur: us(bar.end - bar.start),
			});
		}
	}
	if (out.some((e) => e.pid === 1_000_000))
		out.push({ name: 'process_name', ph: 'M', pid: 1_000_000, tid: 0, args: { name: 'Spark stages' } });
	return out;
}
