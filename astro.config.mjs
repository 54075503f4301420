// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { examplesSummary } from './src/examples/integration.ts';
import { searchRanking } from './src/search/ranking.ts';

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
			'asyncio/taskgroup',
			'asyncio/coordination',
			'asyncio/cancellation',
			'asyncio/debugging',
		],
	},
	{ label: 'Threads and processes', items: ['parallelism/threads', 'parallelism/processes'] },
	{ label: 'Distributed engines', items: ['distributed/spark-and-beam'] },
	{ label: 'Choosing', items: ['compare'] },
];

export default defineConfig({
	site: 'https://concurrency-notes.example.org',
	integrations: [
		starlight({
			title: 'Concurrency Notes',
			description:
				'Python asyncio, threads, processes and Spark/Beam, with TypeScript twins: every example type-checked and run by the build.',
			sidebar,
			markdown: { processedDirs: ['./content'] },
			customCss: ['./src/styles/custom.css'],
			editLink: { baseUrl: 'https://github.com/concurrency-notes/concurrency-notes/edit/main/' },
			pagefind: { ranking: searchRanking },
			components: {
				Head: './src/components/overrides/Head.astro',
			},
		}),
		// Last, so the examples summary is the last line of the build.
		examplesSummary(),
	],
});
