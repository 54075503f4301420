import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';
import { text } from '../helpers/html.ts';
import { BUILDER_SECRET, SITE_DIR } from './build-fixture-site.ts';

const [cold, warm] = inject('siteBuilds');
const page = (name: string) => readFile(path.join(SITE_DIR, 'dist', name), 'utf8');

describe('the fixture site build', () => {
	it('succeeds and ends with the summary line', () => {
		expect(cold!.status, cold!.log).toBe(0);
		const lines = cold!.log.trimEnd().split('\n');
		expect(lines.at(-1)).toMatch(/\[examples\] examples: 12 checked, 12 ran, 0 cached, 0 failed in \d+\.\d\ds$/);
	});

	it('runs nothing the second time', () => {
		expect(warm!.status, warm!.log).toBe(0);
		expect(warm!.log.trimEnd().split('\n').at(-1)).toMatch(
			/\[examples\] examples: 12 checked, 0 ran, 12 cached, 0 failed in /
		);
	});

	it('shows the program and the output it really printed, stderr marked, under tabs Python | TypeScript', async () => {
		const html = await page('index.html');
		const example = html.slice(
			html.indexOf('data-example="ok-greeting"'),
			html.indexOf('data-example="expected-throw"')
		);
		expect(text(example)).toContain('PythonTypeScript');
		expect(text(example)).toContain('ok-greeting.py');
		expect(text(example)).toContain('ok-greeting.ts');
		expect(text(example)).toContain('python3 ok-greeting.py');
		expect(text(example)).toContain('hello from ahello from bstandard error: a note on stderrstderrdone');
		expect(text(example)).toMatch(/Output captured at build time · Python 3\.\d+\.\d+/);
		expect(text(example)).toContain(`Output captured at build time · Node ${process.versions.node}`);
		// Line 3 of each transcript ("a note on stderr") is the stderr line, marked as such (plugin-stderr.ts): a
		// visible badge, and words a screen reader says instead of it.
		expect(example.match(/<div class="ec-line stderr">/g)).toHaveLength(2);
		expect(example).toMatch(
			/<div class="ec-line stderr"><div class="code"><span class="ec-stderr-sr">standard error: <\/span><span[^>]*>a note on stderr/
		);
	});

	it('shows an expected failure with its exit code', async () => {
		const html = await page('index.html');
		const example = html.slice(html.indexOf('data-example="expected-throw"'));
		expect(text(example)).toContain('RangeError: out of range on purpose');
		expect(text(example)).toContain('exit code 1 (expected)');
		// The builder's paths are replaced (engine/run/run-sandboxed.ts): neither the checkout nor the fixture site shows.
		expect(text(example)).not.toContain(ROOT);
		expect(text(example)).toContain('…/');
	});

	it("never shows a secret of the builder's environment: examples see only an allow-list", async () => {
		const environment = text(await page('second/index.html'));
		expect(environment).toContain('HOME=$TMPDIR');
		expect(environment).toContain('TZ=UTC');
		expect(environment).not.toContain('SANDBOX_TEST_SECRET');
		const files = await readdir(path.join(SITE_DIR, 'dist'), { recursive: true });
		for (const file of files.filter((f) => /\.(html|js|json|css|txt|xml)$/.test(f))) {
			expect(await page(file), file).not.toContain(BUILDER_SECRET);
		}
	});

	it('draws the timeline of the run under its output, with the checked claim, a table and the trace to download', async () => {
		const html = await page('second/index.html');
		const example = html.slice(html.indexOf('data-example="race-and-tasks"'));
		expect(example).toMatch(/<svg [^>]*class="timeline-svg"[^>]*role="img"/);
		expect(example).toContain('Timeline of race-and-tasks.py: what ran when</title>');
		// Three task bars (a, b, c) plus main's own task, each with its running steps.
		expect(example.match(/class="tl-bar tl-waiting"/g)).toHaveLength(4);
		expect(text(example)).toMatch(
			/checked at build: a, b and c take about the longest — measured: total \d+ ms; longest \d+ ms; sum \d+ ms/
		);
		expect(text(example)).toContain('Timeline as a table');
		expect(example).toContain('download="race-and-tasks.py.trace.json"');
		const trace = JSON.parse(await page('traces/race-and-tasks.py.trace.json')) as {
			traceEvents: Array<{ ph: string; name: string; cat?: string; dur?: number }>;
		};
		const tasks = trace.traceEvents.filter((e) => e.ph === 'X' && e.cat === 'task').map((e) => e.name);
		expect(tasks).toEqual(expect.arrayContaining(['a', 'b', 'c']));
	});

	it('shows a declared race as its distinct outputs with how often each came up', async () => {
		const html = await page('second/index.html');
		const example = text(html.slice(html.indexOf('data-example="race-and-tasks"')));
		expect(example).toMatch(/The build ran it 6 times; [12] distinct outputs?:/);
		const counts = [...example.matchAll(/(\d) of 6 runs/g)].map((m) => Number(m[1]));
		expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
		expect(example).toMatch(/a coin: (heads|tails)/);
	});

	it('shows no timeline for a run with nothing to show in time', async () => {
		const html = await page('index.html');
		expect(html).not.toContain('class="timeline-svg"');
	});
});
