/**
 * Prints the example engine's summary line as the very last line of `astro build`, for scripts to read, and serves
 * each recorded run's trace at `/traces/<id>.<py|ts>.trace.json` (src/routes/trace.ts).
 */
import type { AstroIntegration } from 'astro';
import { formatSummary } from './build-examples.ts';
import { lastSummary } from './loader.ts';

export function examplesSummary(): AstroIntegration {
	return {
		name: 'examples-summary',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				injectRoute({ pattern: '/traces/[file].json', entrypoint: new URL('../routes/trace.ts', import.meta.url) });
			},
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
