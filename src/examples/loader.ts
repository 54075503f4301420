/**
 * The `examples` content collection: the only Astro-aware file of the engine. It calls buildExamples() and stores
 * one entry per example; in `astro dev` it re-runs the example whose folder changed, and the page updates.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildExamples, formatSummary, type EngineConfig, type EngineSummary } from './build-examples.ts';
import { transcriptMode } from './transcript-policy.ts';
import { errorEntry, exampleIds } from './dev-errors.ts';

export interface ExamplesLoaderOptions {
	/** Relative to the project root. @default 'examples' */
	examplesDir?: string;
	/** Relative to the project root. @default 'content' */
	contentDir?: string;
}

// The summary integration (integration.ts) prints this line last; both run in one process but may load separate
// copies of this module, so the value lives on globalThis.
const SUMMARY = Symbol.for('concurrency-notes.examples.summary');
export const lastSummary = (): EngineSummary | undefined => (globalThis as Record<symbol, EngineSummary>)[SUMMARY];

export function examplesLoader(options: ExamplesLoaderOptions = {}): Loader {
	return {
		name: 'examples-loader',
		async load(context: LoaderContext) {
			const { store, logger, config, watcher, generateDigest } = context;
			const root = fileURLToPath(config.root);
			const engine: EngineConfig = {
				root,
				examplesDir: path.join(root, options.examplesDir ?? 'examples'),
				contentDir: path.join(root, options.contentDir ?? 'content'),
				cacheDir: path.join(root, 'node_modules', '.cache', 'examples'),
				// Only a dev server has a watcher.
				transcripts: transcriptMode(process.env, Boolean(watcher)),
			};
			const effects = { log: (line: string) => logger.info(line), now: () => performance.now() };

			const sync = async (only?: string[]) => {
				const { examples, summary } = await buildExamples({ ...engine, only }, effects);
				// An example that was looked for and not found has been deleted.
				const found = new Set(examples.map((e) => e.id));
				for (const id of only ?? store.keys()) if (!found.has(id)) store.delete(id);
				for (const example of examples) {
					store.set({ id: example.id, data: { ...example }, digest: generateDigest({ ...example }) });
				}
				(globalThis as Record<symbol, EngineSummary>)[SUMMARY] = summary;
				logger.info(formatSummary(summary));
				for (const example of examples) failed.delete(example.id);
			};
			// A build fails on any bad example; a dev server instead shows the error on the page of each example it
			// concerns (never that example's last output as if current), and tries those examples again on a change.
			const dev = Boolean(watcher);
			const failed = new Set<string>();
			const syncOrShowErrors = async (only?: string[]) => {
				try {
					await sync(only);
				} catch (error) {
					if (!dev) throw error;
					const message = (error as Error).message;
					for (const id of only ?? (await exampleIds(engine.examplesDir))) {
						failed.add(id);
						const entry = errorEntry(id, message);
						store.set({ id, data: { ...entry }, digest: generateDigest({ ...entry }) });
					}
					logger.error(message);
				}
			};
			await syncOrShowErrors();

			watcher?.add(engine.examplesDir);
			const onChange = (file: string) => {
				const relative = path.relative(engine.examplesDir, file);
				if (!relative || relative.startsWith('..')) return;
				const id = relative.split(path.sep)[0]!;
				void syncOrShowErrors([...new Set([id, ...failed])]);
			};
			for (const event of ['change', 'add', 'unlink', 'unlinkDir'] as const) watcher?.on(event, onChange);
		},
	};
}
