import { describe, expect, it } from 'vitest';
import { barBox, niceTicks, scale, timelineSvg, LAYOUT } from '../../../src/components/views/timeline-svg.ts';
import { timelineView, variantsView } from '../../../src/components/views/timeline-view.ts';
import type { ProgramResult } from '../../../src/engine/model/example-result.ts';
import type { Timeline } from '../../../src/shared/timeline.ts';

const timeline: Timeline = {
	totalMs: 305,
	rows: [
		{ kind: 'process', label: 'main process', depth: 0, bars: [{ start: 0, end: 305 }] },
		{ kind: 'task', label: 'a<b>', depth: 1, bars: [{ start: 5, end: 305 }], running: [{ start: 5, end: 5.05 }] },
	],
};

describe('timeline drawing', () => {
	it('axis ticks step by 1, 2 or 5 × 10ⁿ and reach past the end', () => {
		expect(niceTicks(305)).toEqual([0, 100, 200, 300, 400]);
		expect(niceTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
		expect(niceTicks(7.3)).toEqual([0, 2, 4, 6, 8]);
		expect(niceTicks(0)).toEqual([0]);
	});

	it('places bars on the plot area, never thinner than a hairline', () => {
		const x = scale(400);
		const plot = LAYOUT.width - LAYOUT.labelWidth - LAYOUT.right;
		expect(x(0)).toBe(LAYOUT.labelWidth);
		expect(x(400)).toBe(LAYOUT.labelWidth + plot);
		expect(barBox({ start: 100, end: 300 }, x)).toEqual({ x: LAYOUT.labelWidth + plot / 4, width: plot / 2 });
		expect(barBox({ start: 100, end: 100.01 }, x).width).toBe(1.5);
	});

	it('draws an accessible SVG: title, description, a waiting bar with its running step, escaped labels', () => {
		const svg = timelineSvg(timeline, 'Timeline of a.py');
		expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="tl-\w+-t tl-\w+-d"/);
		expect(svg).toContain('<title id="');
		expect(svg).toContain('Timeline of a.py</title>');
		expect(svg).toContain('task a&lt;b&gt;: 5.0–305 ms; running on the loop 0.05 ms in 1 steps');
		expect(svg.match(/class="tl-bar tl-waiting"/g)).toHaveLength(1);
		expect(svg.match(/class="tl-running"/g)).toHaveLength(1);
		expect(svg.match(/class="tl-tick"/g)).toHaveLength(6); // 0…400 and the unit
	});

	it('shows nothing for a run with only its main process, and names the trace file after the program', () => {
		const base: ProgramResult = {
			lang: 'py',
			file: 'examples/a/a.py',
			source: '',
			runtime: 'Python 3.11.7',
			output: [],
			exitCode: 0,
			signal: null,
			expectedFailure: false,
			durationMs: 1,
			trace: '{}',
			claims: [{ says: 'x', holds: true, measured: '3 at once' }],
			browser: { runsIn: 'browser' },
		};
		expect(
			timelineView({ ...base, timeline: { ...timeline, rows: timeline.rows.slice(0, 1) } }, 'a.py', '/')
		).toBeNull();
		const view = timelineView({ ...base, timeline }, 'a.py', '/docs')!;
		expect(view.downloadName).toBe('a.py.trace.json');
		expect(view.downloadHref).toBe('/docs/traces/a.py.trace.json');
		expect(view.claims).toEqual(['x — measured: 3 at once']);
		expect(view.table[1]).toEqual({
			row: '  task a<b>',
			kind: 'task',
			start: '5.0',
			end: '305',
			ms: '300',
			running: '0.05 in 1 steps',
		});
		expect(
			variantsView({
				...base,
				variants: [
					{ text: 'n: 1\n', count: 3 },
					{ text: 'n: 2\n', count: 2 },
				],
			})
		).toEqual({
			runs: 5,
			variants: [
				{ text: 'n: 1', label: '3 of 5 runs' },
				{ text: 'n: 2', label: '2 of 5 runs' },
			],
		});
	});
});
