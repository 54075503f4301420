/** The real site's timelines: enough of them, on enough pages, with checked claims, drawn from the real runs. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sidebar } from '../../astro.config.mjs';
import { ROOT } from '../helpers/examples-dir.ts';

const DIST = path.join(ROOT, 'dist');
const read = (file: string) => readFile(path.join(DIST, file), 'utf8');
const slugs = sidebar.flatMap((group) => group.items);
/** Each example's HTML on a page, by id. */
const examplesOn = (html: string) =>
	html
		.split('data-example="')
		.slice(1)
		.map((part) => ({ id: part.slice(0, part.indexOf('"')), html: part }));

describe('timelines on the real site', () => {
	it('at least 20 examples on at least 8 pages show a timeline with its trace, at least 12 have checked claims', async () => {
		const withTimeline = new Set<string>();
		const withClaims = new Set<string>();
		const pages = new Set<string>();
		for (const slug of slugs) {
			for (const example of examplesOn(await read(`${slug}/index.html`))) {
				if (example.html.includes('class="timeline-svg"')) {
					// Drawn as written, in a tab panel too: Starlight's <Tabs> parses a panel and prints it again, and
					// once printed an SVG's xmlns as an attribute named ":xmlns".
					const svg = /<svg [^>]*class="timeline-svg"[^>]*>/.exec(example.html)![0];
					expect(svg, `${slug}: ${example.id}`).toMatch(/^<svg class="timeline-svg" viewBox="[\d .]+" role="img" /);
					withTimeline.add(example.id);
					pages.add(slug);
					const [, trace] = /download="([\w-]+\.(?:py|ts)\.trace\.json)"/.exec(example.html)!;
					const json = JSON.parse(await read(`traces/${trace}`)) as { traceEvents: unknown[] };
					expect(json.traceEvents.length, trace).toBeGreaterThan(1);
				}
				if (example.html.includes('checked at build: ')) withClaims.add(example.id);
			}
		}
		expect(withTimeline.size, [...withTimeline].join(', ')).toBeGreaterThanOrEqual(20);
		expect(pages.size, [...pages].join(', ')).toBeGreaterThanOrEqual(8);
		expect(withClaims.size, [...withClaims].join(', ')).toBeGreaterThanOrEqual(12);
		for (const id of ['what-is-asyncio-three-tasks', 'gather-vs-sequential', 'what-is-asyncio-one-step']) {
			expect(withTimeline, id).toContain(id);
		}
		for (const id of [
			'to-thread-ticker',
			'processes-cpu-speedup',
			'spark-and-beam-worker-pool',
			'pyspark-task-retry',
		]) {
			expect(withClaims, id).toContain(id);
		}
	});

	it('the three-task program: three overlapping bars whose total is close to the longest, not the sum', async () => {
		const html = await read('asyncio/what-is-asyncio/index.html');
		const example = examplesOn(html).find((e) => e.id === 'what-is-asyncio-three-tasks')!.html;
		// The table under the timeline (Python first): start and end of the rows a, b and c.
		const bar = (name: string) => {
			const cells = '<td[^>]*>([^<]*)</td>';
			const match = new RegExp(`<td[^>]*>\\s*task ${name}</td>${cells}${cells}${cells}`).exec(example)!;
			expect(match[1]).toBe('task');
			return { start: Number(match[2]), end: Number(match[3]) };
		};
		const [a, b, c] = ['a', 'b', 'c'].map(bar);
		const lengths = [a!, b!, c!].map((x) => x.end - x.start);
		const total = Math.max(a!.end, b!.end, c!.end) - Math.min(a!.start, b!.start, c!.start);
		const sum = lengths.reduce((x, y) => x + y, 0);
		expect(b!.start).toBeLessThan(a!.end);
		expect(c!.start).toBeLessThan(b!.end);
		expect(total - Math.max(...lengths)).toBeLessThan(sum - total);
		expect(example).toContain('checked at build: a, b and c together take about the longest one');
	});

	it('the race shows each distinct output with its count', async () => {
		const html = await read('parallelism/threads/index.html');
		const example = examplesOn(html).find((e) => e.id === 'threads-race')!.html;
		const counts = [...example.matchAll(/(\d) of 5 runs/g)].map((m) => Number(m[1]));
		// Python and TypeScript, 5 runs each.
		expect(counts.reduce((x, y) => x + y, 0)).toBe(10);
		expect(example).toMatch(/final count: \d+ \(expected 4000\)/);
	});

	it('writes no trace for a program without one, and exactly one for a program with one', async () => {
		// Every program of every example, by file name (`<id>.<py|ts>`).
		const programs = new Set<string>();
		for (const id of await readdir(path.join(ROOT, 'examples'))) {
			const files = await readdir(path.join(ROOT, 'examples', id)).catch((): string[] => []);
			for (const ext of ['py', 'ts']) if (files.includes(`${id}.${ext}`)) programs.add(`${id}.${ext}`);
		}
		// The programs whose timeline a page shows, by the trace file it links to.
		const shown = new Set<string>();
		for (const slug of slugs) {
			for (const example of examplesOn(await read(`${slug}/index.html`))) {
				for (const [, file] of example.html.matchAll(/download="([\w-]+\.(?:py|ts))\.trace\.json"/g)) {
					shown.add(file!);
				}
			}
		}
		const traces = await readdir(path.join(DIST, 'traces'));
		// Not vacuous: `every` over an empty list holds.
		expect(programs.size).toBeGreaterThan(100);
		expect(shown.size).toBeGreaterThanOrEqual(20);
		expect(traces.length).toBeGreaterThanOrEqual(20);
		expect(shown.size).toBeLessThan(programs.size); // some programs have no timeline
		const traceOf = new Map<string, string[]>();
		for (const trace of traces) {
			const program = /^([\w-]+\.(?:py|ts))\.trace\.json$/.exec(trace)?.[1];
			expect(program && programs.has(program), `${trace}: the trace of no program`).toBe(true);
			traceOf.set(program!, [...(traceOf.get(program!) ?? []), trace]);
		}
		// A challenge's programs are shown in its panel (Challenge.astro), which draws no timeline and links no trace.
		const withoutTimeline = [...programs].filter((p) => !shown.has(p) && !p.startsWith('challenge-'));
		expect(
			withoutTimeline.filter((p) => traceOf.has(p)),
			'programs without a timeline, with a trace'
		).toEqual([]);
		for (const program of shown) expect(traceOf.get(program), program).toEqual([`${program}.trace.json`]);
	});
});
