/**
 * What the page shows of a run in time: its timeline, its claims checked against it, its downloadable trace. Made
 * from the recorder's events, which are cached with the run, so a cached build draws the same timeline.
 */
import { checkClaim, type CheckedClaim, type Claim } from '../verdict/claims.ts';
import { parseRecordedEvents } from './events.ts';
import { showsTime, timelineOriginMs, timelineRows, type Timeline } from './timeline.ts';
import { withSparkRows, type SparkRecord } from './spark-timeline.ts';
import { traceJson } from './trace.ts';

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
