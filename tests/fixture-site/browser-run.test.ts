/**
 * Edit & run in a real browser, on the fixture site as built (Pyodide served from its dist/), with no network: every request that is not to the local
 * static server is aborted and recorded, and the tests assert there were none.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transcript } from '../../src/components/views/example-view.ts';
import type { ExampleData } from '../../src/shared/program-data.ts';
import { pyodideAssets } from '../../src/astro/runner-integration.ts';
import { TIME_LIMIT_MS } from '../../src/browser/runner/run-session.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { SITE_DIR } from './build-fixture-site.ts';

const DIST = path.join(SITE_DIR, 'dist');
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
/** Every path the static server was asked for, in order. */
const served: string[] = [];
/** Requests that tried to leave the machine. */
const offline: string[] = [];

beforeAll(async () => {
	site = await serveStatic(DIST, (pathname) => served.push(pathname));
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
	expect(offline, 'requests that would have needed the network').toEqual([]);
});

async function offlineContext(): Promise<BrowserContext> {
	const context = await browser.newContext();
	await context.route('**/*', (route) => {
		const url = new URL(route.request().url());
		if (url.hostname === '127.0.0.1' || url.protocol === 'blob:' || url.protocol === 'data:') return route.continue();
		offline.push(url.href);
		return route.abort();
	});
	return context;
}

/** Opens the runner of one program of an example and returns its panel. */
async function openRunner(page: Page, id: string, tab: 'Python' | 'TypeScript'): Promise<Locator> {
	const example = page.locator(`[data-example="${id}"]`);
	const tabs = example.locator('[role="tab"]', { hasText: tab });
	if (await tabs.count()) await tabs.click();
	const program = example.locator('[role="tabpanel"]:not([hidden])').or(example).last();
	await program.getByRole('button', { name: /run/i }).first().click();
	const panel = program.locator('.runner');
	await panel.waitFor();
	return panel;
}

async function runEdited(panel: Locator, source: string, timeout = 30_000) {
	await panel.getByRole('textbox').fill(source);
	await panel.getByRole('button', { name: 'Run', exact: true }).click();
	await panel.locator('.runner-result[data-state="ended"]').waitFor({ timeout });
	return {
		label: await panel.locator('.runner-label').innerText(),
		output: await panel.locator('.runner-output').innerText(),
		stderr: await panel.locator('.runner-output .runner-stderr').allInnerTexts(),
		status: await panel.locator('.runner-status').innerText(),
		firstOutputMs: Number(await panel.locator('.runner-result').getAttribute('data-first-output-ms')),
	};
}

describe('Edit & run in the browser', () => {
	it('runs an edited TypeScript program in a worker and shows what it printed, stderr marked', async () => {
		const context = await offlineContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		const panel = await openRunner(page, 'ok-greeting', 'TypeScript');
		expect(await panel.getByRole('textbox').inputValue()).toContain('console.log(`hello from ${name}`)');
		const program = [
			"import { setTimeout as sleep } from 'node:timers/promises';",
			'const wait: number = 100;',
			'await sleep(wait);',
			"console.log('marker-ts-7c1e', [1, 'a'], { k: 2 });",
			"console.error('to stderr');",
		].join('\n');
		const first = await runEdited(panel, program);
		expect(first.output).toContain("marker-ts-7c1e [ 1, 'a' ] { k: 2 }");
		expect(first.stderr).toEqual(['to stderr\n']);
		expect(first.label).toBe('TypeScript, types stripped, run in your browser');
		expect(first.status).toBe('Finished.');
		const second = await runEdited(panel, program);
		expect(second.output).toBe(first.output);
		console.log(`TypeScript click → first output: ${first.firstOutputMs} ms, again ${second.firstOutputMs} ms`);

		await panel.getByRole('button', { name: 'Reset' }).click();
		expect(await panel.getByRole('textbox').inputValue()).toContain('hello from');
		await context.close();
	});

	it('runs an edited asyncio program on Pyodide from dist/, where time.sleep really blocks the loop, and caches Pyodide across pages', async () => {
		const context = await offlineContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		const panel = await openRunner(page, 'ok-greeting', 'Python');
		const program = [
			'import asyncio, time',
			'async def tick(log: list[int]) -> None:',
			'    while True:',
			'        await asyncio.sleep(0.05)',
			'        log.append(1)',
			'async def main() -> None:',
			'    log: list[int] = []',
			'    task = asyncio.create_task(tick(log))',
			'    await asyncio.sleep(0.2)',
			'    before = len(log)',
			'    time.sleep(0.3)',
			'    print("marker-py-3f9a ticks during time.sleep:", len(log) - before, "after:", before > 0)',
			'    task.cancel()',
			'asyncio.run(main())',
		].join('\n');
		const first = await runEdited(panel, program, 240_000);
		expect(first.output).toBe('marker-py-3f9a ticks during time.sleep: 0 after: True\n');
		expect(first.label).toMatch(/^Pyodide 314\.0\.7 \(CPython 3\.\d+\.\d+\), in your browser$/);
		const assets = pyodideAssets();
		const total = assets.files.reduce((sum, file) => sum + file.bytes, 0);
		expect(Number(await panel.locator('.runner-result').getAttribute('data-downloaded-bytes'))).toBe(total);
		for (const file of assets.files) expect(served).toContain(`/${assets.dir}${file.name}`);
		const second = await runEdited(panel, program);
		expect(second.output).toBe(first.output);
		console.log(`Python click → first output: ${first.firstOutputMs} ms, again ${second.firstOutputMs} ms`);

		// Another page: Pyodide starts again in a new worker, from the browser's cache, not the server.
		const downloadsBefore = served.filter((p) => p.includes(assets.dir)).length;
		await page.goto(`${site.url}/second/`);
		const other = await openRunner(page, 'ok-greeting', 'Python');
		const third = await runEdited(other, 'import sys\nprint("marker-py-2")\nraise SystemExit(3)\n', 240_000);
		expect(third.output).toBe('marker-py-2\n');
		expect(third.status).toBe('Exit code 3.');
		expect(served.filter((p) => p.includes(assets.dir)).length).toBe(downloadsBefore);
		console.log(`Python on another page (cached) → first output: ${third.firstOutputMs} ms`);
		await context.close();
		// Starting Pyodide is CPU-bound: seconds on an idle machine, a minute on a 2-core machine under a full load.
	}, 600_000);

	it('stops an infinite loop at the time limit and an output flood at the cap, and the page keeps responding', async () => {
		const context = await offlineContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/`);
		const panel = await openRunner(page, 'ok-greeting', 'TypeScript');
		await panel.getByRole('textbox').fill("console.log('spinning');\nwhile (true) {}\n");
		const started = Date.now();
		await panel.getByRole('button', { name: 'Run', exact: true }).click();
		// While the program spins, the page still answers and its tabs still switch.
		await panel.locator('.runner-output', { hasText: 'spinning' }).waitFor();
		expect(await page.evaluate(() => 6 * 7)).toBe(42);
		const tabs = page.locator('[data-example="ok-greeting"] [role="tab"]');
		await tabs.filter({ hasText: 'Python' }).click();
		expect(await tabs.filter({ hasText: 'Python' }).getAttribute('aria-selected')).toBe('true');
		await tabs.filter({ hasText: 'TypeScript' }).click();
		await panel.locator('.runner-result[data-state="ended"]').waitFor({ timeout: TIME_LIMIT_MS + 20_000 });
		expect(Date.now() - started).toBeGreaterThanOrEqual(TIME_LIMIT_MS);
		expect(await panel.locator('.runner-status').innerText()).toBe(
			`Stopped: still running after ${TIME_LIMIT_MS / 1000} s.`
		);

		const flood = await runEdited(panel, "while (true) console.log('flood '.repeat(10));");
		expect(flood.status).toBe('Stopped: it printed more than 64 KiB.');
		expect(flood.output.length).toBeLessThanOrEqual(64 * 1024);
		expect(await page.evaluate(() => document.title)).toContain('Fixture');
		await context.close();
	});

	it('replays a thread example’s recorded run, labelled as a replay, with exactly the recorded output', async () => {
		const context = await offlineContext();
		const page = await context.newPage();
		await page.goto(`${site.url}/second/`);
		const panel = await openRunner(page, 'threads-replay', 'Python');
		expect(await panel.innerText()).toContain('Your browser cannot run this program: it imports threading');
		expect(await panel.getByRole('textbox').count()).toBe(0);
		await panel.getByRole('button', { name: "Replay the build's run" }).click();
		await panel.locator('.runner-result[data-state="ended"]').waitFor({ timeout: 30_000 });
		const data = JSON.parse(await readFile(path.join(DIST, '_run', 'threads-replay.json'), 'utf8')) as ExampleData;
		const recorded = data.programs.find((p) => p.lang === 'py')!;
		expect(await panel.locator('.runner-label').innerText()).toBe(
			`Replay of the build's run (${recorded.runtime}), not running`
		);
		const replayed = await panel.locator('.runner-output').evaluate((pre) => pre.textContent);
		expect(replayed).toBe(recorded.output.map((chunk) => chunk.text).join(''));
		expect(transcript(recorded).code).toBe(replayed!.replace(/\n$/, ''));
		await context.close();
	});

	it('adds at most 1 KB (gzipped) of JavaScript to an article page before any click, and loads nothing of the runner', async () => {
		const context = await offlineContext();
		const page = await context.newPage();
		const scripts: Array<{ url: string; body: Buffer }> = [];
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		page.on('response', async (response) => {
			if (response.request().resourceType() === 'script')
				scripts.push({ url: response.url(), body: await response.body() });
		});
		await page.goto(`${site.url}/`, { waitUntil: 'networkidle' });
		const inline = await page.$$eval('script:not([src])', (elements) =>
			elements
				.filter((e) => ['', 'module', 'text/javascript'].includes(e.getAttribute('type') ?? ''))
				.map((e) => e.textContent ?? '')
		);
		const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
		const isRunner = (text: string) => text.includes('data-run-program');
		const all = [...scripts.map((s) => s.body.toString('utf8')), ...inline];
		const feature = all.filter(isRunner);
		const featureBytes = feature.reduce((sum, text) => sum + gz(text), 0);
		const totalBytes = all.reduce((sum, text) => sum + gz(text), 0);
		console.log(
			`JavaScript before a click on the fixture's first page: ${totalBytes} B gzipped in ${all.length} scripts, of which the runner's: ${featureBytes} B`
		);
		expect(feature.length).toBe(1);
		expect(featureBytes).toBeLessThanOrEqual(1024);
		expect(requests.filter((url) => /open-runner|ts-worker|py-worker|_pyodide|\/_run\//.test(url))).toEqual([]);

		// The first click loads the runner, and only then.
		await page.locator('[data-example="ok-greeting"]').getByRole('button', { name: /run/i }).first().click();
		await page.locator('[data-example="ok-greeting"] .runner').waitFor();
		expect(requests.some((url) => /open-runner/.test(url))).toBe(true);
		await context.close();
	});
});
