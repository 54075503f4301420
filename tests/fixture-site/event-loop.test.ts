/**
 * The event loop's view on the fixture site as built (content/loop.mdx, examples/loop-abc): the table of the
 * recorded iterations in the HTML, and in Chromium the stepper loaded on first use, stepped by the keyboard alone,
 * picking an output line, the prediction of an iteration, and axe. Every expected value is read from the recorded run
 * (`/_run/loop-abc.json`) through the same shared functions the page uses, so nothing here is typed by hand but the
 * program's own facts (a, b and c start in one iteration, in the order they were created).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeStep, iterationOfOutputLine, loopSteps, stepOfOutputLine } from '../../src/shared/loop-steps.ts';
import type { LoopRecord } from '../../src/shared/loop.ts';
import { outputText } from '../../src/shared/output.ts';
import type { ExampleData, ProgramData } from '../../src/shared/program-data.ts';
import { seriousAxeViolations } from '../helpers/axe.ts';
import { launchBrowser } from '../helpers/browser.ts';
import { recordScripts, settle } from '../helpers/page-scripts.ts';
import { text } from '../helpers/html.ts';
import { serveStatic } from '../helpers/static-server.ts';
import { SITE_DIR } from './build-fixture-site.ts';

const DIST = path.join(SITE_DIR, 'dist');
let browser: Browser;
let site: Awaited<ReturnType<typeof serveStatic>>;
let program: ProgramData;
let loops: LoopRecord[];
let lines: string[];

beforeAll(async () => {
	const data = JSON.parse(await readFile(path.join(DIST, '_run', 'loop-abc.json'), 'utf8')) as ExampleData;
	program = data.programs[0]!;
	if (!program.loop || !('loops' in program.loop))
		throw new Error(`loop-abc's run recorded no loop: ${JSON.stringify(program.loop)}`);
	loops = program.loop.loops;
	lines = outputText(program.output).replace(/\n$/, '').split('\n');
	site = await serveStatic(DIST, () => {});
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

const iterationOf = (line: string) => iterationOfOutputLine(program.loop, lines.indexOf(line));

describe('the loop table, without JavaScript', () => {
	it('the recorded run has a, b and c start in one iteration, in the order they were created, after main awaits', () => {
		const started = ['a starts', 'b starts', 'c starts'].map(iterationOf);
		expect(started[0]).not.toBeNull();
		expect(new Set(started).size).toBe(1);
		expect(iterationOf('main awaits')!).toBeLessThan(started[0]!);
		const it = loops[0]!.iterations.find((i) => i.n === started[0])!;
		const printers = it.ran.filter((h) => h.out).map((h) => lines[h.out![0]]);
		expect(printers.filter((l) => l!.endsWith('starts'))).toEqual(['a starts', 'b starts', 'c starts']);
	});

	it('renders one row per recorded iteration under the output, with what each handle printed', async () => {
		const html = await readFile(path.join(DIST, 'loop', 'index.html'), 'utf8');
		const section = html.slice(html.indexOf('<section class="event-loop'), html.indexOf('</section>'));
		expect(section).not.toBe('');
		expect(text(section)).toContain('Recorded from the run above, from inside asyncio’s loop');
		const rows = [...section.matchAll(/<tr data-loop-iteration="(\d+)"/g)].map((m) => Number(m[1]));
		expect(rows).toEqual(loops[0]!.iterations.slice(0, 30).map((i) => i.n));
		const row = (n: number) => text(section.slice(section.indexOf(`data-loop-iteration="${n}"`)).split('</tr>')[0]!);
		expect(row(iterationOf('a starts')!)).toContain('printed "a starts"');
		expect(row(iterationOf('c done')!)).toContain('printed "c done"');
		// The button that loads the stepper is hidden until the page's script shows it.
		expect(section).toMatch(/<button[^>]*data-loop-step="py"[^>]*hidden/);
	});
});

async function openLoopPage(theme: 'light' | 'dark' = 'light'): Promise<{ page: Page; loaded: string[] }> {
	const context = await browser.newContext({ colorScheme: theme });
	const page = await context.newPage();
	const loaded = recordScripts(page).sources;
	await page.goto(`${site.url}/loop/`);
	await settle(page);
	return { page, loaded };
}

const steps = () => loopSteps(loops);
const activeInStepper = (page: Page) => page.evaluate(() => !!document.activeElement?.closest('.loop-stepper'));
/** The text of the source and output lines the stepper highlights. */
const highlighted = (page: Page, block: 'source' | 'output') =>
	page
		.locator(block === 'output' ? '.example-output .ec-line.loop-line' : '.expressive-code .ec-line.loop-line')
		.evaluateAll(
			(els, wantOutput) =>
				els.filter((e) => !!e.closest('.example-output') === wantOutput).map((e) => (e as HTMLElement).innerText),
			block === 'output'
		);

describe('the loop stepper', () => {
	it('loads only when asked, then steps by the keyboard alone, highlighting the code line and the printed lines', async () => {
		const { page, loaded } = await openLoopPage();
		expect(loaded.some((s) => s.includes('stepper'))).toBe(false);
		const toggle = page.getByRole('button', { name: 'Step through the loop' });
		await toggle.focus();
		await page.keyboard.press('Enter');
		const stepper = page.getByRole('group', { name: 'Step through the event loop' });
		await stepper.waitFor();
		expect(loaded.some((s) => s.includes('stepper'))).toBe(true);
		expect(await toggle.getAttribute('aria-expanded')).toBe('true');
		expect(await activeInStepper(page)).toBe(true);
		const description = stepper.locator('.loop-description');
		expect(await description.getAttribute('aria-live')).toBe('polite');
		const all = steps();
		expect(await description.innerText()).toBe(describeStep(loops, all[0]!));

		await page.keyboard.press('ArrowRight');
		expect(await stepper.innerText()).toContain(`Step 2 of ${all.length}`);
		expect(await description.innerText()).toBe(describeStep(loops, all[1]!));
		await page.keyboard.press('End');
		expect(await description.innerText()).toBe(describeStep(loops, all.at(-1)!));
		await page.keyboard.press('Home');
		expect(await description.innerText()).toBe(describeStep(loops, all[0]!));

		// Step by keys to the handle that printed "c done": its line of code and its output line light up.
		const target = stepOfOutputLine(loops, all, lines.indexOf('c done'));
		for (let i = 0; i < target; i++) await page.keyboard.press('ArrowRight');
		expect(await description.innerText()).toBe(describeStep(loops, all[target]!));
		expect(await highlighted(page, 'output')).toEqual(['c done']);
		const handle = loops[0]!.iterations[all[target]!.iteration]!.ran[all[target]!.handle]!;
		expect(await highlighted(page, 'source')).toEqual([program.source.split('\n')[handle.line! - 1]]);

		// No trap: Tab leaves the stepper.
		for (let i = 0; i < 6 && (await activeInStepper(page)); i++) await page.keyboard.press('Tab');
		expect(await activeInStepper(page)).toBe(false);
		await page.context().close();
	});

	it('picking an output line, by click or by keyboard, goes to the handle that printed it and lights its code line', async () => {
		const { page } = await openLoopPage();
		await page.getByRole('button', { name: 'Step through the loop' }).click();
		const stepper = page.getByRole('group', { name: 'Step through the event loop' });
		await stepper.waitFor();
		const description = stepper.locator('.loop-description');
		const all = steps();
		const outputLine = (line: string) =>
			page.locator('.example-output .ec-line.loop-pickable', { hasText: new RegExp(`^${line}$`) });

		await outputLine('b done').click();
		const b = stepOfOutputLine(loops, all, lines.indexOf('b done'));
		expect(await description.innerText()).toBe(describeStep(loops, all[b]!));
		const handle = loops[0]!.iterations[all[b]!.iteration]!.ran[all[b]!.handle]!;
		expect(await highlighted(page, 'source')).toEqual([program.source.split('\n')[handle.line! - 1]]);

		await outputLine('a starts').focus();
		await page.keyboard.press('Enter');
		const a = stepOfOutputLine(loops, all, lines.indexOf('a starts'));
		expect(await description.innerText()).toBe(describeStep(loops, all[a]!));
		expect(await highlighted(page, 'output')).toEqual(['a starts']);
		await page.context().close();
	});

	it('a prediction of the iteration is answered from the recorded loop and opens the stepper there', async () => {
		const { page } = await openLoopPage();
		await page.getByRole('button', { name: "Predict the loop's iteration" }).click();
		const input = page.getByRole('spinbutton', { name: /In which iteration of the event loop does c done print/ });
		await input.waitFor();
		expect(await page.locator('.example-output').first().isVisible()).toBe(false);
		const answer = iterationOf('c done')!;
		await input.fill(String(answer));
		await page.getByRole('button', { name: 'Reveal' }).click();
		const result = page.locator('.predict-result');
		await expect.poll(() => result.innerText()).toContain(`✓ Right: the run printed it in iteration ${answer} of`);
		const description = page.getByRole('group', { name: 'Step through the event loop' }).locator('.loop-description');
		await expect.poll(() => description.innerText()).toMatch(new RegExp(`^Iteration ${answer} of `));
		await page.context().close();
	});
});

describe.each(['light', 'dark'] as const)('the open stepper in the %s theme', (theme) => {
	it('axe finds no serious or critical violation', async () => {
		const { page } = await openLoopPage(theme);
		await page.getByRole('button', { name: 'Step through the loop' }).click();
		await page.getByRole('group', { name: 'Step through the event loop' }).waitFor();
		await page.keyboard.press('ArrowRight');
		await page.locator('details.event-loop-table summary').click();
		expect(await seriousAxeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
