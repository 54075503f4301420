/**
 * How heavy the built site's pages are for a reader: the JavaScript each page loads before the reader does anything
 * (gzipped, see page-scripts.ts), and Lighthouse's four scores for the home page and the heaviest article, with the
 * site served as a static host serves it (compressed, with cache headers: tests/helpers/static-host.ts).
 *
 *     node scripts/bench/measure-pages.ts [dist] [--runs N]    (prints one JSON object)
 *
 * The budget (issue 12): at most 33 KB of JavaScript on an article page, and Lighthouse 100 in every category on
 * the home page and on the heaviest article. Performance is timing-based (simulated throttling over the timings of
 * this machine's real run), so it is the median of `runs` Lighthouse runs per page, and a busy machine lowers it.
 */
import path from 'node:path';
import { launchBrowser } from '../../tests/helpers/browser.ts';
import { serveLikeStaticHost } from '../../tests/helpers/static-host.ts';
import { lighthouseScores, type CategoryScores, type PageAudit } from '../../tests/helpers/lighthouse-scores.ts';
import { kb, scriptsBeforeAction, sitePages, totalGzip } from '../../tests/helpers/page-scripts.ts';
import { median } from './measure-overhead.ts';

export interface PageMeasure {
	/** The page's URL path, e.g. `/asyncio/gather/`. */
	path: string;
	html_kb: number;
	/** JavaScript before any action, gzipped at level 9, in KB (1024 bytes). */
	js_kb: number;
}

export interface PagesReport {
	/** The most JavaScript any article page loads before any action (KB gzipped), and which page. */
	js_kb_article: number;
	js_kb_article_page: string;
	js_kb_home: number;
	/** The article with the most HTML: the one Lighthouse audits beside the home page. */
	heaviest_article: string;
	heaviest_article_html_kb: number;
	lighthouse: { home: CategoryScores; article: CategoryScores };
	/** Audits below 1 that count toward a score, per page, from the median run: what to fix. */
	lighthouse_failing: { home: string[]; article: string[] };
	/** Lighthouse's measure of this machine's CPU, the median over the runs: read the scores against it. */
	lighthouse_benchmark_index: number;
	/** Lighthouse runs per page, and how long all of them took. */
	lighthouse_runs: number;
	lighthouse_s: number;
	pages: PageMeasure[];
}

/** The median of each category over several audits of one page. */
function medianScores(audits: PageAudit[]): CategoryScores {
	const middle = (key: keyof CategoryScores) => {
		const values = audits.map((audit) => audit.scores[key]!).sort((a, b) => a - b);
		return values[Math.floor(values.length / 2)]!;
	};
	return {
		performance: middle('performance'),
		accessibility: middle('accessibility'),
		best_practices: middle('best_practices'),
		seo: middle('seo'),
	};
}

/** The run whose performance score is the median: its failing audits are the ones reported. */
function medianRun(audits: PageAudit[]): PageAudit {
	return [...audits].sort((a, b) => a.scores.performance! - b.scores.performance!)[Math.floor(audits.length / 2)]!;
}

export async function measurePages(distDir: string, { runs = 3 } = {}): Promise<PagesReport> {
	const pages = await sitePages(distDir);
	const articles = pages.filter((page) => page.path !== '/');
	if (!articles.length) throw new Error(`${distDir} has no article page`);
	const heaviest = articles.reduce((a, b) => (b.bytes > a.bytes ? b : a));
	const host = await serveLikeStaticHost(distDir);
	try {
		const browser = await launchBrowser();
		const measured: PageMeasure[] = [];
		try {
			for (const page of pages) {
				const scripts = await scriptsBeforeAction(browser, host.url + page.path);
				measured.push({ path: page.path, html_kb: kb(page.bytes), js_kb: kb(totalGzip(scripts)) });
			}
		} finally {
			await browser.close();
		}
		const articleMax = measured.filter((page) => page.path !== '/').reduce((a, b) => (b.js_kb > a.js_kb ? b : a));
		const started = performance.now();
		const urls = Array.from({ length: runs }, () => [`${host.url}/`, host.url + heaviest.path]).flat();
		const audits = await lighthouseScores(urls);
		const seconds = (performance.now() - started) / 1000;
		const home = audits.filter((_, index) => index % 2 === 0);
		const article = audits.filter((_, index) => index % 2 === 1);
		const failing = (page: PageAudit[]) =>
			medianRun(page).failing.map((audit) => `${audit.category}: ${audit.id} ${audit.score}`);
		return {
			js_kb_article: articleMax.js_kb,
			js_kb_article_page: articleMax.path,
			js_kb_home: measured.find((page) => page.path === '/')!.js_kb,
			heaviest_article: heaviest.path,
			heaviest_article_html_kb: kb(heaviest.bytes),
			lighthouse: { home: medianScores(home), article: medianScores(article) },
			lighthouse_failing: { home: failing(home), article: failing(article) },
			lighthouse_benchmark_index: Math.round(median(audits.map((audit) => audit.benchmarkIndex))),
			lighthouse_runs: runs,
			lighthouse_s: Math.round(seconds * 10) / 10,
			pages: measured,
		};
	} finally {
		await host.close();
	}
}

if (import.meta.main) {
	const args = process.argv.slice(2);
	const runsAt = args.indexOf('--runs');
	const runs = runsAt === -1 ? 3 : Number(args.splice(runsAt, 2)[1]);
	if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
	const dist = path.resolve(args[0] ?? 'dist');
	console.log(JSON.stringify(await measurePages(dist, { runs }), null, 2));
}
