// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { examplesSummary } from './src/astro/examples-integration.ts';
import { searchRanking } from './src/site/search-ranking.ts';
import { siteConfig } from './src/site/site-config.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/shared/with-base.ts';
import { browserRunner } from './src/astro/runner-integration.ts';
import { pagefindUiOnOpen } from './src/plugins/vite/pagefind-ui-on-open.ts';

// SITE_URL, SITE_BASE, SITE_EDIT_URL: where the site is published and edited (defaults in site-config.ts).
const { site, base, editUrl } = siteConfig(process.env);

/** The sidebar is the table of contents of the notes, in reading order. */
export const sidebar = [
	{
		label: 'asyncio',
		items: [
			'asyncio/what-is-asyncio',
			'asyncio/async-await',
			'asyncio/create-task',
			'asyncio/gather',
			'asyncio/run',
			'asyncio/sleep',
			'asyncio/wait',
			'asyncio/wait-for',
			'asyncio/as-completed',
			'asyncio/timeouts',
			'asyncio/to-thread',
			'asyncio/run-in-executor',
			'asyncio/threads-and-the-loop',
			'asyncio/context-variables',
			'asyncio/taskgroup',
			'asyncio/coordination',
			'asyncio/streams',
			'asyncio/streams-in-practice',
			'asyncio/subprocesses',
			'asyncio/cancellation',
			'asyncio/async-iteration',
			'asyncio/shutdown',
			'asyncio/libraries',
			'asyncio/debugging',
			'asyncio/testing',
		],
	},
	{
		label: 'Threads and processes',
		items: [
			'parallelism/threads',
			'parallelism/threads-in-practice',
			'parallelism/processes',
			'parallelism/sharing-state',
			'parallelism/when-a-pool-breaks',
			'parallelism/free-threading',
			'parallelism/between-pool-and-cluster',
		],
	},
	{
		label: 'Node.js',
		items: ['node/event-loop', 'node/parallel', 'node/workers-in-practice', 'node/web-streams'],
	},
	{
		label: 'Distributed engines',
		items: [
			'distributed/spark-and-beam',
			'distributed/spark-deeper',
			'distributed/beam-streaming',
			'distributed/spark-streaming',
			'distributed/beam-deeper',
		],
	},
	{ label: 'Choosing', items: ['compare', 'glossary'] },
];

export default defineConfig({
	site,
	base,
	// Links an author writes from the root (`/asyncio/gather/`) still work under a base path.
	markdown: { processor: satteri({ hastPlugins: [baseLinksPlugin(base)] }) },
	// The search box's UI loads when a reader opens it, not on every page (src/plugins/vite/pagefind-ui-on-open.ts).
	vite: { plugins: [pagefindUiOnOpen()] },
	integrations: [
		starlight({
			title: 'Concurrency Notes',
			description:
				'Python asyncio, threads, processes and Spark/Beam, with TypeScript twins: every example type-checked and run by the build.',
			sidebar,
			markdown: { processedDirs: ['./content'] },
			customCss: ['./src/site/styles/custom.css'],
			editLink: { baseUrl: editUrl },
			routeMiddleware: './src/astro/route-middleware.ts',
			pagefind: { ranking: searchRanking },
			components: { Head: './src/components/overrides/Head.astro' },
		}),
		browserRunner(),
		// Last, so the examples summary is the last line of the build.
		examplesSummary(),
	],
});
