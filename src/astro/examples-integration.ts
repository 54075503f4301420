/**
 * Prints the example engine's summary line as the very last line of `astro build`, for people and scripts, and
 * serves each recorded run's trace at `/traces/<id>.<py|ts>.trace.json` (src/astro/routes/traces.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatSummary } from '../engine/index.ts';
import { examplesMode } from '../engine/index.ts';
import { examplesCacheDir } from '../engine/index.ts';
import { reportable } from '../engine/index.ts';
import { forgetSummary, readSummary, rememberRefreshContent } from './bridge.ts';

export function examplesSummary(): AstroIntegration {
	let cacheDir = '';
	return {
		name: 'examples',
		hooks: {
			'astro:config:setup': ({ injectRoute }) => {
				// A wrong EXAMPLES value, or EXAMPLES=off in CI, stops the build or dev server before anything else.
				try {
					examplesMode(process.env);
				} catch (error) {
					throw reportable(error, process.env);
				}
				injectRoute({ pattern: '/traces/[file].json', entrypoint: new URL('./routes/traces.ts', import.meta.url) });
			},
			// Dev mode: the loader has Astro write the content store as soon as a re-run is stored (bridge.ts).
			'astro:server:setup': ({ refreshContent }) => {
				if (refreshContent) rememberRefreshContent(refreshContent);
			},
			// Before the content layer runs the loader, which writes this build's summary.
			'astro:config:done': async ({ config }) => {
				cacheDir = examplesCacheDir(fileURLToPath(config.root), process.env);
				await forgetSummary(cacheDir);
			},
			'astro:build:done': async ({ logger }) => {
				const summary = await readSummary(cacheDir);
				// Astro reports the pages and "Complete!" after the last hook, then its CLI calls process.exit(0) at
				// once (astro/bin/astro.mjs): no timer would fire, so the process's exit is the one moment after them.
				process.once('exit', () => {
					if (summary) logger.info(formatSummary(summary));
					else logger.warn('examples: the examples loader reported no summary in this build');
				});
			},
		},
	};
}
