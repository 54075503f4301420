/**
 * The `examples` content collection: the only Astro-aware file of the engine. It calls buildExamples() and stores
 * one validated entry per example; in `astro dev` it re-runs the examples whose folders changed, one run at a
 * time, and the page updates. With `EXAMPLES=off` it calls offlineResults() instead: nothing checked or run, the
 * committed transcripts re-read when an example's folder changes.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildExamples } from '../engine/build/build-examples.ts';
import type { EngineConfig } from '../engine/config.ts';
import { ExampleBuildError } from '../engine/errors.ts';
import { ExampleResultSchema } from '../engine/model/example-result.ts';
import { examplesCacheDir, formatSummary, writeSummary } from '../engine/build/summary.ts';
import { syncQueue, type SyncQueue } from '../engine/dev/sync-queue.ts';
import { transcriptMode } from '../engine/transcripts/policy.ts';
import { errorEntry, exampleIds } from '../engine/dev/dev-errors.ts';
import { devCheckers } from '../engine/check/warm/dev-checkers.ts';
import { isWriteStoreOnly, writeStoreNow } from './bridge.ts';
import { examplesMode } from '../engine/env.ts';
import { offlineResults } from '../engine/off/offline-results.ts';

/**
 * Astro's loader with its schema's own type (Astro infers `entry.data` from it), and dev mode's queue of runs
 * (undefined until `load` has run with a watcher), for tests.
 */
export type ExamplesLoader = Loader & { schema: typeof ExampleResultSchema; queue?: SyncQueue };

export function examplesLoader(): ExamplesLoader {
	const loader: ExamplesLoader = {
		name: 'examples-loader',
		schema: ExampleResultSchema,
		async load(context: LoaderContext) {
			const { store, logger, config, watcher, generateDigest, parseData } = context;
			if (isWriteStoreOnly(context.refreshContextData)) return; // asked for by the re-runs below
			const root = fileURLToPath(config.root);
			const examplesDir = path.join(root, 'examples');
			const off = examplesMode(process.env) === 'off';
			// Dev mode keeps a checker per language running between edits; a build runs each once (EXAMPLES=off: none).
			const checkers = watcher && !off ? devCheckers(examplesDir, root, (line) => logger.info(line)) : undefined;
			const engine: EngineConfig = {
				root,
				examplesDir,
				contentDir: path.join(root, 'content'),
				cacheDir: examplesCacheDir(root),
				// CI checks transcripts; a dev server (the only one with a watcher) shows differences on the page.
				transcripts: transcriptMode(process.env, Boolean(watcher)),
				checkers,
			};
			const effects = { log: (line: string) => logger.info(line), now: () => performance.now() };
			const build = off ? offlineResults : buildExamples;

			/** Dev mode: examples whose last check or run failed, shown with their error (below). */
			const failed = new Set<string>();
			const sync = async (only?: string[]) => {
				try {
					const { examples, summary } = await build({ ...engine, only }, effects);
					// An example that was looked for and not found has been deleted.
					const found = new Set(examples.map((e) => e.id));
					for (const id of only ?? store.keys()) if (!found.has(id)) store.delete(id);
					for (const example of examples) {
						const data = await parseData({ id: example.id, data: { ...example } });
						store.set({ id: example.id, data, digest: generateDigest(data) });
					}
					for (const example of examples) failed.delete(example.id);
					// A build prints the summary once, last (integration.ts); dev mode after each run.
					if (watcher) logger.info(formatSummary(summary));
					else await writeSummary(engine.cacheDir, summary);
				} catch (error) {
					if (!(error instanceof ExampleBuildError)) {
						// A missing python3, a sandbox that cannot run: the message says what to do; the engine's
						// stack does not (EXAMPLES_DEBUG=1 keeps it).
						throw new ExampleBuildError((error as Error).message, { cause: error });
					}
					if (error.summary) logger.info(formatSummary(error.summary));
					throw error;
				}
			};
			if (!watcher) return await sync();

			// Dev mode: an example that fails to check or run shows its error on its page in place of its output
			// (never its last output as if current), and is tried again with the next change of any example.
			const showError = async (ids: string[], error: unknown) => {
				for (const id of ids) {
					failed.add(id);
					const data = await parseData({ id, data: errorEntry(id, (error as Error).message) });
					store.set({ id, data, digest: generateDigest(data) });
				}
			};
			const syncOrShowErrors = async (only?: string[]) => {
				const ids = only && [...new Set([...only, ...failed])].sort();
				try {
					await sync(ids);
				} catch (error) {
					// Runs that failed: only those examples show the error; the others ran and were cached, and a
					// second pass that runs nothing stores them. A check error stops every run: all show it.
					const ranBadly = error instanceof ExampleBuildError ? error.failures.map((f) => f.id) : [];
					const scope = ids ?? (await exampleIds(engine.examplesDir));
					const broken = ranBadly.length ? scope.filter((id) => ranBadly.includes(id)) : scope;
					await showError(broken, error);
					const rest = scope.filter((id) => !broken.includes(id));
					if (rest.length) await sync(rest).catch((again: unknown) => showError(rest, again));
					throw error;
				}
			};
			// Checked and run: the checker servers start now, not with the first edit. (After a failure the first
			// check, one-pass, starts them: a broken config is reported by the one-pass checkers only.)
			await syncOrShowErrors()
				.then(() => checkers?.warmUp())
				.catch((error: Error) => logger.error(error.message));

			// After a re-run, the page shows it as soon as Astro writes its store: now, not after its 500 ms debounce.
			const rerun = (only?: string[]) => syncOrShowErrors(only).finally(() => writeStoreNow(loader.name));
			loader.queue = syncQueue(rerun, (error) => logger.error((error as Error).message));
			watcher.add(engine.examplesDir);
			const onChange = (file: string) => {
				const relative = path.relative(engine.examplesDir, file);
				if (!relative || relative.startsWith('..')) return;
				const [folder, ...rest] = relative.split(path.sep);
				// A file at the top of examples/ is a checker's config (tsconfig.json, pyrightconfig.json): every
				// program is checked again, and runs only where its cache key changed (none of them does today).
				loader.queue!.request(rest.length ? [folder!] : 'all');
			};
			for (const event of ['change', 'add', 'unlink', 'unlinkDir'] as const) watcher.on(event, onChange);
		},
	};
	return loader;
}
