/**
 * What the page shows of a run in time: its timeline, its claims checked against it, its downloadable trace. Made
 * from the recorder's events, which are cached with the run, so a cached build draws the same timeline.
 */
import { checkClaim, type CheckedClaim, type Claim } from '../verdict/claims.ts';
import { parseRecordedEvents } from './events.ts';
import { showsTime, timelineOriginMs, timelineRows, type Timeline } from './timeline.ts';
import { withSparkRows, type SparkRecord } from './spark-timeline.ts';
import { traceJson, type TraceEvent } from './trace.ts';

export interface RunTimeline {
	timeline: Timeline | null;
	claims: CheckedClaim[];
	/** Chrome Trace Event JSON, as a string; null when the timeline shows nothing in time (only the main process). */
	trace: string | null;
}

/** @returns the timeline, and a problem naming each claim that does not hold (null when all hold). */
export function runTimeline(
	traceText: string,
	claims: Claim[],
	/** A Spark run's event log: its executors, task slots and stages join the timeline (spark-timeline.ts). */
	spark?: SparkRecord
): RunTimeline & { problem: string | null } {
	const events = parseRecordedEvents(traceText);
	const recorded = timelineRows(events);
	const timeline = spark ? withSparkRows(recorded, timelineOriginMs(events), spark) : recorded;
	const trace = traceJson(events);
	if (trace && timeline && spark) trace.traceEvents.push(...sparkTraceEvents(timeline));
	if (!timeline) {
		const problem = claims.length ? 'it declares claims, but its run recorded no timeline to check them against' : null;
		return { timeline, claims: [], trace: null, problem };
	}
	const checked = claims.map((claim) => checkClaim(claim, timeline));
	const failed = checked.filter((c) => !c.holds);
	const problem = failed.length
		? failed.map((c) => `claim "${c.says}" does not hold — measured: ${c.measured}`).join('\n')
		: null;
	// A trace is downloaded from the page's timeline: without one to draw, no page links to it.
	return { timeline, claims: checked, trace: showsTime(timeline) && trace ? JSON.stringify(trace) : null, problem };
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
