/**
 * The build's "runs in your browser" tag is a promise: every program tagged so is run here in Chromium, through
 * the page's own runner, and must print what it printed at build time. A new example that a browser cannot
 * really run fails here, and gets tagged "replay only" (src/shared/browser-support.ts) instead.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { ExampleData } from '../../src/shared/program-data.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { ROOT } from '../helpers/examples-dir.ts';

const DIST = path.join(ROOT, 'dist');
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	expect(inject('realSiteBuild').status, 'the real site must build first').toBe(0);
	site = await serveStatic(DIST);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const recorded = (output: Array<{ stream: string; text: string }>, stream: string) =>
	output
		.filter((chunk) => chunk.stream === stream)
		.map((chunk) => chunk.text)
		.join('');

it('runs every program tagged "runs in your browser" there, with the output of the build', async () => {
	const files = (await readdir(path.join(DIST, '_run'))).filter((f) => f.endsWith('.json')).sort();
	const examples = await Promise.all(
		files.map(async (f) => JSON.parse(await readFile(path.join(DIST, '_run', f), 'utf8')) as ExampleData)
	);
	const only = process.env.BROWSER_TAGS_ONLY?.split(',');
	const runnable = examples.flatMap((e) =>
		e.programs.filter((p) => p.browser.runsIn === 'browser').map((p) => ({ id: e.id, ...p }))
	);
	expect(runnable.length).toBeGreaterThan(only ? 0 : 40);
	const queue = runnable.filter((p) => !only || only.includes(p.id));
	const mismatches: string[] = [];
	const runOn = async (page: Page, program: (typeof queue)[number]) => {
		// A button like the page's own, for any example: the runner fetches the example's data and opens.
		const key = `${program.id}-${program.lang}`;
		await page.evaluate(
			({ id, lang }) => {
				const host = Object.assign(document.createElement('div'), { id: `tag-${id}-${lang}` });
				host.dataset.example = id;
				host.innerHTML = `<div><button type="button" data-run-program="${lang}">Edit &amp; run</button></div>`;
				document.querySelector('main')!.prepend(host);
			},
			{ id: program.id, lang: program.lang }
		);
		const host = page.locator(`#tag-${key}`);
		await host.getByRole('button', { name: 'Edit & run' }).click();
		await host.getByRole('button', { name: 'Run', exact: true }).click();
		await host.locator('.runner-result[data-state="ended"]').waitFor({ timeout: 300_000 });
		// The build shows the example's folder as `…`; Pyodide runs the program as /home/pyodide/<file>.
		const text = (spans: string[]) => spans.join('').replaceAll('/home/pyodide/', '…/');
		const stdout = text(await host.locator('.runner-stdout').allTextContents());
		const stderr = text(await host.locator('.runner-stderr').allTextContents());
		const status = await host.locator('.runner-status').innerText();
		const failedAtBuild = program.exitCode !== 0;
		const expected = recorded(program.output, 'stdout');
		if (stdout !== expected) mismatches.push(`${key}: stdout differs\n--- build\n${expected}--- browser\n${stdout}`);
		// What the runtime itself writes to stderr (a traceback's frames, a warning's hint) is worded differently by
		// Node and V8 in a worker, or CPython 3.11 and Pyodide's CPython: stderr must be there when it was, not equal.
		if (Boolean(stderr) !== Boolean(recorded(program.output, 'stderr'))) {
			mismatches.push(`${key}: stderr ${stderr ? 'written' : 'empty'} here, not at build: ${stderr}`);
		}
		if (failedAtBuild ? status !== `Exit code ${program.exitCode}.` : status !== 'Finished.') {
			mismatches.push(`${key}: ended with "${status}", the build's run with exit code ${program.exitCode}`);
		}
		await host.evaluate((element) => element.remove());
	};
	// Three pages at a time, each taking the next program: a run mostly waits (a worker starting, a program sleeping),
	// and what a program prints does not depend on what runs beside it (the determinism check's busy runs show it).
	// One page took 103 s, three 45 s.
	await Promise.all(
		Array.from({ length: 3 }, async () => {
			const page = await browser.newPage();
			await page.goto(`${site.url}/asyncio/gather/`);
			for (let program = queue.shift(); program; program = queue.shift()) await runOn(page, program);
			await page.close();
		})
	);
	expect(mismatches.sort()).toEqual([]);
}, 900_000);
