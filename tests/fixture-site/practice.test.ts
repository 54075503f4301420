/**
 * Practice on the page, in Chromium, on the fixture site as built: "Predict the output" (keyboard-only and pointer
 * reordering, lines marked placed right or wrong, the output and timeline shown after), a challenge that fails with
 * its starting program naming the measured value and passes with its solution (TypeScript and Pyodide), a runner
 * that fails to start naming the file and offering Retry, and the page without JavaScript unchanged.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputText } from '../../src/shared/output.ts';
import type { ExampleData } from '../../src/shared/program-data.ts';
import { seriousAxeViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { SITE_DIR } from './build-fixture-site.ts';

const DIST = path.join(SITE_DIR, 'dist');
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
	site = await serveStatic(DIST, () => {});
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const runData = async (id: string) =>
	JSON.parse(await readFile(path.join(DIST, '_run', `${id}.json`), 'utf8')) as ExampleData;
const realLines = async (id: string) =>
	outputText((await runData(id)).programs[0]!.output)
		.replace(/\n$/, '')
		.split('\n');

async function openPage(): Promise<Page> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${site.url}/practice/`);
	return page;
}

const lineTexts = (list: Locator) =>
	list.locator('li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.line!));

describe('Predict the output', () => {
	it('hides the output, shows the lines shuffled, reorders from the keyboard alone and marks every line right', async () => {
		const page = await openPage();
		const example = page.locator('[data-example="predict-order"]');
		const output = example.locator('.example-output');
		await expect.poll(() => output.isVisible()).toBe(true);
		const lines = await realLines('predict-order');
		expect(lines).toEqual(['sync', 'microtask', 'queued microtask', 'timeout']);

		await example.getByRole('button', { name: 'Predict the output' }).click();
		const list = example.getByRole('list', { name: 'Output lines, in the order you predict' });
		await list.waitFor();
		expect(await output.isVisible()).toBe(false);
		const shuffled = await lineTexts(list);
		expect([...shuffled].sort()).toEqual([...lines].sort());
		expect(shuffled).not.toEqual(lines);

		// Keyboard only: Tab to a line, Alt+ArrowUp moves it, and focus stays on it.
		for (let target = 0; target < lines.length; target++) {
			const from = (await lineTexts(list)).indexOf(lines[target]!);
			const item = list.locator('li').nth(from);
			await item.focus();
			for (let i = from; i > target; i--) await page.keyboard.press('Alt+ArrowUp');
			expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.line)).toBe(lines[target]);
		}
		expect(await lineTexts(list)).toEqual(lines);
		await example.getByRole('button', { name: 'Reveal the output' }).click();
		const status = example.locator('.predict-result');
		expect(await status.getAttribute('aria-live')).toBe('polite');
		expect(await status.innerText()).toContain(`${lines.length} of ${lines.length} lines placed right`);
		expect(await list.locator('li.predict-right').count()).toBe(lines.length);
		expect(await output.isVisible()).toBe(true);
		await page.context().close();
	});

	it('marks a line placed wrong, moved with the pointer, and says where it belongs', async () => {
		const page = await openPage();
		const example = page.locator('[data-example="predict-order"]');
		await example.getByRole('button', { name: 'Predict the output' }).click();
		const list = example.getByRole('list', { name: 'Output lines, in the order you predict' });
		await list.waitFor();
		const lines = await realLines('predict-order');
		// Put "timeout" first with its Move up button: it belongs last, so it is wrong.
		for (;;) {
			const at = (await lineTexts(list)).indexOf('timeout');
			if (at === 0) break;
			await list.getByRole('button', { name: 'Move up: timeout' }).click();
		}
		await example.getByRole('button', { name: 'Reveal the output' }).click();
		const first = list.locator('li').first();
		expect(await first.getAttribute('class')).toContain('predict-wrong');
		expect(await first.innerText()).toContain(`placed wrong: it is line ${lines.indexOf('timeout') + 1}`);
		expect(await example.locator('.predict-result').innerText()).toMatch(/^[0-3] of 4 lines placed right/);
		await page.context().close();
	});

	it('is not there without JavaScript: the page shows the output as before', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}/practice/`);
		const example = page.locator('[data-example="predict-order"]');
		expect(await example.getByRole('button', { name: 'Predict the output' }).count()).toBe(0);
		expect(await example.locator('.example-output').isVisible()).toBe(true);
		await context.close();
	});
});

async function runChallenge(challenge: Locator, source?: string) {
	if (source !== undefined) await challenge.getByRole('textbox').fill(source);
	const verdict = challenge.locator('.challenge-verdict');
	const before = await verdict.innerText();
	await challenge.getByRole('button', { name: 'Run', exact: true }).click();
	await expect.poll(() => verdict.innerText(), { timeout: 120_000 }).not.toBe(before);
	return { holds: await verdict.getAttribute('data-holds'), text: await verdict.innerText() };
}

describe('Challenges', () => {
	it('TypeScript: fails with the starting program, naming what it measured, and passes with the solution', async () => {
		const page = await openPage();
		const challenge = page.locator('.challenge', { hasText: 'Keep at most 2 jobs in flight' });
		await challenge.getByRole('button', { name: 'Try the challenge' }).click();
		const start = await runData('challenge-limit-start');
		expect(await challenge.getByRole('textbox').inputValue()).toBe(start.programs[0]!.source);
		const failed = await runChallenge(challenge);
		expect(failed.holds).toBe('false');
		expect(failed.text).toContain('✗ at most 2 jobs in flight: measured 4 at once, wanted at most 2 at once');
		const solution = (await runData('challenge-limit')).programs[0]!.source;
		const passed = await runChallenge(challenge, solution);
		expect(passed.holds).toBe('true');
		expect(passed.text).toContain('✓ Challenge met');
		expect(passed.text).toContain('✓ at most 2 jobs in flight: measured 2 at once');

		const reveal = challenge.getByRole('button', { name: 'Show the solution' });
		await reveal.click();
		expect(await reveal.getAttribute('aria-expanded')).toBe('true');
		expect(await challenge.locator('.challenge-solution').innerText()).toBe(solution);
		await page.context().close();
	});

	it('Python on Pyodide: the runner records asyncio tasks, and the same claims judge the run', async () => {
		const page = await openPage();
		const challenge = page.locator('.challenge', { hasText: 'Make the two waits overlap' });
		await challenge.getByRole('button', { name: 'Try the challenge' }).click();
		const failed = await runChallenge(challenge);
		expect(failed.holds).toBe('false');
		expect(failed.text).toMatch(
			/✗ the total is about the longest wait: measured total \d+ ms; longest \d+ ms; sum \d+ ms/
		);
		const passed = await runChallenge(challenge, (await runData('challenge-py')).programs[0]!.source);
		expect(passed.text).toContain('✓ Challenge met');
		await page.context().close();
	}, 180_000);

	it('a runner that cannot start says which file failed, and Retry works once it can', async () => {
		const page = await openPage();
		let broken = true;
		await page
			.context()
			.route('**/pyodide.mjs', (route) => (broken ? route.fulfill({ status: 404, body: '' }) : route.continue()));
		const challenge = page.locator('.challenge', { hasText: 'Make the two waits overlap' });
		await challenge.getByRole('button', { name: 'Try the challenge' }).click();
		await challenge.getByRole('button', { name: 'Run', exact: true }).click();
		const status = challenge.locator('.runner-status');
		await expect.poll(() => status.innerText(), { timeout: 120_000 }).toContain('loading Pyodide');
		expect(await status.innerText()).toContain('pyodide.mjs: HTTP 404');
		expect(await status.getAttribute('role')).toBe('status');
		broken = false;
		await challenge.getByRole('button', { name: 'Retry' }).click();
		await expect.poll(() => challenge.locator('.challenge-verdict').innerText(), { timeout: 120_000 }).toContain('✗');
		await page.context().close();
	}, 180_000);
});

describe.each(['light', 'dark'] as const)('the open panels in the %s theme', (theme) => {
	it('have a name on every control, and axe finds no serious or critical violation', async () => {
		const context = await browser.newContext({ colorScheme: theme });
		const page = await context.newPage();
		await page.goto(`${site.url}/practice/`);
		await page.getByRole('button', { name: 'Predict the output' }).click();
		await page.getByRole('button', { name: 'Reveal the output' }).click();
		const challenge = page.locator('.challenge', { hasText: 'Keep at most 2 jobs in flight' });
		await challenge.getByRole('button', { name: 'Try the challenge' }).click();
		await runChallenge(challenge);
		await challenge.getByRole('button', { name: 'Show the solution' }).click();
		const unnamed = await page
			.locator('.practice button, .practice textarea, .practice li[tabindex]')
			.evaluateAll((els) => els.filter((e) => !(e.getAttribute('aria-label') || e.textContent?.trim())).length);
		expect(unnamed).toBe(0);
		expect(await seriousAxeViolations(page)).toEqual([]);
		await context.close();
	});
});
