/**
 * axe-core run in a page of the built site: the accessibility check of the reader-facing tests. Only serious and
 * critical findings fail a test; each is named with the start of the elements it found.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
	id: string;
	impact: string;
	nodes: { html: string }[];
}

/** Every violation axe finds in the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
	await page.addScriptTag({ content: AXE });
	const { violations } = (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] })`)) as {
		violations: AxeViolation[];
	};
	return violations;
}

/** `impact id: html | html`, each element cut to its first 120 characters. */
export const describeViolation = (v: AxeViolation) =>
	`${v.impact} ${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`;

/** Every serious or critical violation, described: a test expects none. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
	return (await axeViolations(page))
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(describeViolation);
}
