/**
 * What a `<Challenge>` shows before a click: its checks, in the words the build used for the solution's claims.
 * A challenge whose solution cannot run in a browser, or checks nothing, is an error in the page.
 */
import type { ExampleResult } from '../../engine/model/index.ts';
import { BROWSER_TIMELINE, defaultSays, unmeasurable } from '../../shared/claims.ts';
import { LANGUAGE_INFO, type LanguageId } from '../../shared/languages.ts';

export interface ChallengeView {
	title: string;
	language: string;
	checks: string[];
}

export function challengeView(
	solution: ExampleResult,
	starting: ExampleResult,
	lang: LanguageId,
	sameOutput: boolean,
	page: string
): ChallengeView {
	const where = `${page}: <Challenge id="${solution.id}" start="${starting.id}" lang="${lang}">`;
	const program = solution.programs.find((p) => p.lang === lang);
	const start = starting.programs.find((p) => p.lang === lang);
	if (!program || !start) throw new Error(`${where}: both examples need a ${lang} program.`);
	for (const p of [program, start]) {
		if (p.browser.runsIn !== 'browser') {
			throw new Error(`${where}: ${p.file} cannot run in a browser (it ${p.browser.reason}): no challenge there.`);
		}
	}
	// As example.json states them: a build with examples off checked none, but the reader's run is checked by them.
	const claims = program.claimed ?? [];
	if (!claims.length && !sameOutput) throw new Error(`${where}: the solution has no claims to check a run by.`);
	// The reader's run is judged on what a browser records: a claim on anything else would measure nothing.
	for (const claim of claims) {
		const lacking = unmeasurable(claim, BROWSER_TIMELINE);
		if (lacking)
			throw new Error(
				`${where}: the claim "${claim.says ?? defaultSays(claim)}" (${claim.kind}) cannot be checked in a browser: ` +
					`its timeline has no ${lacking} (it records tasks with their start, end and outcome, and ` +
					'performance.measure() spans). Use a claim on those rows: overlap, max-in-flight, total-near-longest, ' +
					'total-near-sum, duration, outcome, starts-after.'
			);
	}
	return {
		title: solution.id,
		language: LANGUAGE_INFO[lang].label,
		checks: [
			'it runs to its end (exit code 0)',
			...(sameOutput ? ['it prints what the solution printed at build'] : []),
			...claims.map((c) => c.says ?? defaultSays(c)),
		],
	};
}
