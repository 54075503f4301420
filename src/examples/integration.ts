/** Prints the example engine's summary line as the very last line of `astro build`, for scripts to read. */
import type { AstroIntegration } from 'astro';
import { formatSummary } from './build-examples.ts';
import { lastSummary } from './loader.ts';

export function examplesSummary(): AstroIntegration {
	return {
		name: 'examples-summary',
		hooks: {
			// Astro still reports pages and timing after its last hook; the process's exit comes after all of it.
			'astro:build:done': () => {
				process.once('exit', () => {
					const summary = lastSummary();
					if (summary) console.log(formatSummary(summary));
				});
			},
		},
	};
}
