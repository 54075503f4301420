/**
 * Lighthouse's four category scores for pages of a served site, in Debian's Chromium (browsers cannot be downloaded
 * here). Lighthouse's default config: a mobile device with simulated throttling (Slow 4G, 4× CPU), the one
 * PageSpeed Insights reports, so a score here reads like a score there. Pages are audited one after the other, each
 * in a browser of its own, as the Lighthouse CLI does.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface CategoryScores {
	performance: number;
	accessibility: number;
	best_practices: number;
	seo: number;
}

export interface PageAudit {
	url: string;
	/** The scores of the categories asked for (0–100). */
	scores: Partial<CategoryScores>;
	/** Audits that count toward a category and scored below 1: the id, its score and its title, to say what to fix. */
	failing: Array<{ id: string; score: number; title: string; category: string }>;
	/**
	 * Lighthouse's measure of this machine's CPU (`environment.benchmarkIndex`). Its 4× CPU slowdown is calibrated for
	 * a high-end desktop (about 1500–2000); on a slower machine the same page scores lower
	 * (https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#benchmarking-cpu-power).
	 */
	benchmarkIndex: number;
}

const KEYS: Record<Category, keyof CategoryScores> = {
	performance: 'performance',
	accessibility: 'accessibility',
	'best-practices': 'best_practices',
	seo: 'seo',
};

/** Audits each URL in turn. Throws, naming the path it tried, when Chromium is missing or cannot start. */
export async function lighthouseScores(
	urls: string[],
	categories: readonly Category[] = CATEGORIES
): Promise<PageAudit[]> {
	const audits: PageAudit[] = [];
	for (const url of urls) {
		const chrome = await launchChromium();
		try {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...categories],
			});
			if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
			const { lhr } = result;
			if (lhr.runtimeError)
				throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
			const scores: Partial<CategoryScores> = {};
			for (const category of categories) {
				const value = lhr.categories[category]?.score;
				if (value == null) throw new Error(`Lighthouse on ${url} gave no ${category} score`);
				scores[KEYS[category]] = Math.round(value * 100);
			}
			const failing = categories.flatMap((category) =>
				lhr.categories[category]!.auditRefs.filter((ref) => ref.weight > 0)
					.map((ref) => lhr.audits[ref.id]!)
					.filter((audit) => audit.score !== null && audit.score < 1)
					.map((audit) => ({ id: audit.id, score: audit.score!, title: audit.title, category }))
			);
			audits.push({ url, scores, failing, benchmarkIndex: lhr.environment.benchmarkIndex });
		} finally {
			chrome.kill();
		}
	}
	return audits;
}

async function launchChromium(): Promise<chromeLauncher.LaunchedChrome> {
	try {
		return await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
	} catch (cause) {
		throw new Error(
			`Lighthouse needs Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install chromium): it did not start`,
			{ cause }
		);
	}
}
