/**
 * Draws a run's timeline as static SVG at build time (no JavaScript for the reader): one row per process, thread,
 * task, worker or span, a bar from start to end, asyncio tasks' running steps solid over their waiting time, pool
 * calls as segments, marks as ticks, and a time axis in milliseconds. Colours come from CSS classes (custom.css), so
 * the drawing follows the light and dark themes; text is `currentColor`.
 */
import type { Interval, Timeline, TimelineRow } from '../../engine/model/index.ts';

export const LAYOUT = { width: 640, labelWidth: 170, rowHeight: 22, barHeight: 12, top: 8, axisHeight: 28, right: 12 };

/** Axis ticks: a step of 1, 2 or 5 × 10ⁿ ms giving at most `max` intervals, from 0 past the end. */
export function niceTicks(totalMs: number, max = 6): number[] {
	if (!(totalMs > 0)) return [0];
	const raw = totalMs / max;
	const power = 10 ** Math.floor(Math.log10(raw));
	const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
	const ticks: number[] = [];
	for (let t = 0; t < totalMs + step / 2 && ticks.length <= max + 1; t += step) ticks.push(Number(t.toPrecision(12)));
	if (ticks.at(-1)! < totalMs) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
	return ticks;
}

/** x positions of a timeline whose axis ends at `endMs`. */
export function scale(endMs: number, layout = LAYOUT): (ms: number) => number {
	const plot = layout.width - layout.labelWidth - layout.right;
	return (ms) => layout.labelWidth + (Math.max(0, ms) / endMs) * plot;
}

/** A bar's rectangle; never thinner than a hairline, so a 0.05 ms step is still seen. */
export function barBox(interval: Interval, x: (ms: number) => number, minWidth = 1.5): { x: number; width: number } {
	const left = x(interval.start);
	return { x: round(left), width: round(Math.max(minWidth, x(interval.end) - left)) };
}

const round = (n: number) => Math.round(n * 100) / 100;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
export const formatMs = (ms: number) => (ms < 1 ? ms.toFixed(2) : ms < 10 ? ms.toFixed(1) : Math.round(ms).toString());

export function rowLabel(row: TimelineRow): string {
	const kind = {
		process: '',
		thread: 'thread ',
		task: 'task ',
		worker: '',
		child: 'child ',
		span: '',
		executor: '',
		slot: 'task ',
		stage: '',
	}[row.kind];
	return `${kind}${row.label}${row.outcome ? ` (${row.outcome})` : ''}`;
}

/** One sentence per row for screen readers (the SVG's description) and tooltips. */
export function describeRow(row: TimelineRow): string {
	const bars = row.bars.map((b) => `${formatMs(b.start)}–${formatMs(b.end)} ms`).join(', ');
	const running = row.running?.length
		? `; running on the loop ${formatMs(row.running.reduce((sum, s) => sum + s.end - s.start, 0))} ms in ${row.running.length} steps`
		: '';
	const calls = row.calls?.length ? `; ran ${row.calls.map((c) => c.name).join(', ')}` : '';
	return `${rowLabel(row)}: ${bars}${running}${calls}`;
}

export function timelineSvg(timeline: Timeline, title: string, layout = LAYOUT): string {
	const ticks = niceTicks(timeline.totalMs);
	const x = scale(ticks.at(-1)!, layout);
	const height = layout.top + timeline.rows.length * layout.rowHeight + layout.axisHeight;
	const axisY = layout.top + timeline.rows.length * layout.rowHeight;
	const parts: string[] = [];
	const id = `tl-${hash(title)}`;
	parts.push(
		// No xmlns: HTML's parser puts an inline <svg> in its namespace, and Starlight's <Tabs>, which parses a panel
		// and prints it again, printed it as an attribute named ":xmlns".
		`<svg class="timeline-svg" viewBox="0 0 ${layout.width} ${height}" role="img" aria-labelledby="${id}-t ${id}-d">`,
		`<title id="${id}-t">${esc(title)}</title>`,
		`<desc id="${id}-d">${esc(`Total ${formatMs(timeline.totalMs)} ms. ${timeline.rows.map(describeRow).join('. ')}.`)}</desc>`
	);
	for (const t of ticks) {
		parts.push(`<line class="tl-grid" x1="${round(x(t))}" x2="${round(x(t))}" y1="${layout.top}" y2="${axisY + 4}"/>`);
		parts.push(`<text class="tl-tick" x="${round(x(t))}" y="${axisY + 16}" text-anchor="middle">${t}</text>`);
	}
	parts.push(`<text class="tl-tick" x="${layout.labelWidth - 6}" y="${axisY + 16}" text-anchor="end">ms</text>`);
	timeline.rows.forEach((row, i) => {
		const y = layout.top + i * layout.rowHeight;
		const barY = y + (layout.rowHeight - layout.barHeight) / 2;
		const label = rowLabel(row);
		const shown = label.length > 26 - row.depth * 2 ? `${label.slice(0, 25 - row.depth * 2)}…` : label;
		parts.push(`<g class="tl-row tl-${row.kind}"><title>${esc(describeRow(row))}</title>`);
		parts.push(
			`<text class="tl-label" x="${4 + row.depth * 10}" y="${y + layout.rowHeight / 2 + 4}">${esc(shown)}</text>`
		);
		for (const bar of row.bars) {
			const box = barBox(bar, x);
			const cls = row.running ? 'tl-bar tl-waiting' : 'tl-bar';
			parts.push(
				`<rect class="${cls}" x="${box.x}" y="${barY}" width="${box.width}" height="${layout.barHeight}" rx="2"/>`
			);
		}
		for (const step of row.running ?? []) {
			const box = barBox(step, x);
			parts.push(
				`<rect class="tl-running" x="${box.x}" y="${barY}" width="${box.width}" height="${layout.barHeight}"/>`
			);
		}
		for (const call of row.calls ?? []) {
			const box = barBox(call, x);
			parts.push(
				`<rect class="tl-call" x="${box.x}" y="${barY + 2}" width="${box.width}" height="${layout.barHeight - 4}"/>`
			);
		}
		for (const mark of row.marks ?? []) {
			const mx = round(x(mark.at));
			parts.push(`<path class="tl-mark" d="M${mx} ${barY - 2}l4 -4h-8z"/>`);
		}
		parts.push('</g>');
	});
	parts.push('</svg>');
	return parts.join('');
}

/** A short stable id for the SVG's title/desc references (several timelines share a page). */
function hash(s: string): string {
	let h = 0;
	for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) | 0;
	return (h >>> 0).toString(36);
}
