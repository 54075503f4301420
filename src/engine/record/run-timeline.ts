/**
 * What a run did in time: its timeline and its downloadable trace, made from the recorder's events, which are cached
 * with the run, so a cached build draws the same timeline. Whether the run kept its claims is the verdict's business
 * (verdict/run-checks.ts).
 */
import { parseRecordedEvents } from './events.ts';
import { showsTime, timelineRows, type Timeline } from './timeline.ts';
import { traceJson } from './trace.ts';

export interface RecordedTimeline {
	/** Null when the run recorded nothing (it did not get as far as starting). */
	timeline: Timeline | null;
	/** Chrome Trace Event JSON, as a string; null when the timeline shows nothing in time (only the main process). */
	trace: string | null;
}

export function recordedTimeline(traceText: string): RecordedTimeline {
	const events = parseRecordedEvents(traceText);
	const timeline = timelineRows(events);
	const trace = traceJson(events);
	// A trace is downloaded from the page's timeline: without one to draw, no page links to it.
	return { timeline, trace: showsTime(timeline) && trace ? JSON.stringify(trace) : null };
}
