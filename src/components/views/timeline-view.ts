/**
 * What the page shows of a run in time, worked out from the engine's result: the timeline's SVG, its data as a
 * table, the checked claims as lines, the trace's download link, and a racy example's distinct outputs.
 */
import type { ProgramResult } from '../../engine/model/index.ts';
import { formatMs, rowLabel, timelineSvg } from './timeline-svg.ts';
import { joinBase } from '../../shared/with-base.ts';

export interface TimelineView {
	svg: string;
	caption: string;
	table: Array<{ row: string; kind: string; start: string; end: string; ms: string; running: string }>;
	claims: string[];
	downloadName: string;
	downloadHref: string;
}

/** `<id>.<py|ts>.trace.json`: the program's file name is `<id>.<py|ts>`. */
export const traceFileName = (fileName: string) => `${fileName}.trace.json`;

/**
 * Null when the run has nothing to show in time: only its main process, no task, thread, worker, process or span.
 * @param base the site's base URL (`import.meta.env.BASE_URL`)
 */
export function timelineView(run: ProgramResult, fileName: string, base: string): TimelineView | null {
	const timeline = run.timeline;
	if (!timeline || timeline.rows.length < 2 || !run.trace) return null;
	const sum = (xs: Array<{ start: number; end: number }>) => xs.reduce((s, x) => s + x.end - x.start, 0);
	return {
		svg: timelineSvg(timeline, `Timeline of ${fileName}: what ran when`),
		caption: [
			`Recorded from the run above: ${formatMs(timeline.totalMs)} ms in all`,
			run.machine,
			run.runtime,
			timeline.rows.some((r) => r.running) ? 'task bars: pale = waiting, solid = running on the loop' : '',
			timeline.rows.some((r) => r.calls) ? 'orange = a call the pool ran' : '',
		]
			.filter(Boolean)
			.join(' · '),
		table: timeline.rows.map((row) => ({
			row: `${'  '.repeat(row.depth)}${rowLabel(row)}`,
			kind: row.kind,
			start: row.bars.map((b) => formatMs(b.start)).join(', '),
			end: row.bars.map((b) => formatMs(b.end)).join(', '),
			ms: formatMs(sum(row.bars)),
			running: row.running ? `${formatMs(sum(row.running))} in ${row.running.length} steps` : '',
		})),
		claims: (run.claims ?? []).map((c) => `${c.says} — measured: ${c.measured}`),
		downloadName: traceFileName(fileName),
		downloadHref: joinBase(base, `traces/${traceFileName(fileName)}`),
	};
}

/** "final count in 5 runs" lines: each distinct output once, with how often it came up. */
export function variantsView(
	run: ProgramResult
): { runs: number; variants: Array<{ text: string; label: string }> } | null {
	if (!run.variants?.length) return null;
	const runs = run.variants.reduce((n, v) => n + v.count, 0);
	return {
		runs,
		variants: run.variants.map((v) => ({
			text: v.text.replace(/\n$/, '') || '(no output)',
			label: `${v.count} of ${runs} runs`,
		})),
	};
}
