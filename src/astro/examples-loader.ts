/**
 * The `examples` content collection: Astro's side of the example engine. It hands the engine's entries to Astro's
 * store, its log lines to Astro's logger, and dev mode's file changes to the engine (engine/dev/dev-session.ts),
 * which re-runs the examples they touch, one run at a time. With `EXAMPLES=off` the engine shows committed
 * transcripts instead (engine/off/).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { buildExamples } from '../engine/index.ts';
import { formatSummary } from '../engine/index.ts';
import { devCheckers } from '../engine/index.ts';
import { engineConfig, examplesMode } from '../engine/index.ts';
import { changedExamples, engineEnvFiles, examplesSession } from '../engine/index.ts';
import { syncQueue, type SyncQueue } from '../engine/index.ts';
import { ExampleBuildError, reportable } from '../engine/index.ts';
import { StoredExampleSchema, storedExample } from '../engine/index.ts';
import { offlineResults } from '../engine/index.ts';
import { isWriteStoreOnly, writeStoreNow, writeSummary } from './bridge.ts';

/**
 * Astro's loader with its schema's own type (Astro infers `entry.data` from it), and dev mode's queue of runs
 * (undefined until `load` has run with a watcher), for tests.
 */
export type ExamplesLoader = Loader & { schema: typeof StoredExampleSchema; queue?: SyncQueue };

export function examplesLoader(): ExamplesLoader {
	const loader: ExamplesLoader = {
		name: 'examples-loader',
		schema: StoredExampleSchema,
		async load({ store, logger, config, watcher, generateDigest, parseData, refreshContextData }: LoaderContext) {
			if (isWriteStoreOnly(refreshContextData)) return; // asked for by the re-runs below
			const root = fileURLToPath(config.root);
			const off = examplesMode(process.env) === 'off';
			const engine = engineConfig(root, process.env, { dev: Boolean(watcher) });
			// Each program's source, timeline and trace, kept out of the store (engine/model/stored-example.ts).
			const runFiles = path.join(engine.cacheDir, 'run-files');
			// Dev mode keeps a checker per language running between edits; a build runs each once (EXAMPLES=off: none).
			const checkers = watcher && !off ? devCheckers(engine.examplesDir, root, (line) => logger.info(line)) : undefined;
			const session = examplesSession(
				off ? offlineResults : buildExamples,
				{ ...engine, checkers },
				{ log: (line) => logger.info(line), now: () => performance.now() },
				{
					keys: () => store.keys(),
					delete: (id) => store.delete(id),
					set: async (example) => {
						const stored = await storedExample(example, runFiles);
						const data = await parseData({ id: example.id, data: stored });
						store.set({ id: example.id, data, digest: generateDigest(data) });
					},
				}
			);
			const report = (error: unknown) => {
				if (error instanceof ExampleBuildError && error.summary) logger.info(formatSummary(error.summary));
				return reportable(error, process.env);
			};
			if (!watcher) {
				// A build prints the summary once, last (examples-integration.ts).
				const summary = await session.sync().catch((error: unknown) => Promise.reject(report(error)));
				return await writeSummary(engine.cacheDir, summary);
			}
			const logError = (error: unknown) => {
				const shown = report(error);
				logger.error(error instanceof ExampleBuildError ? shown.message : (shown.stack ?? shown.message));
			};
			// Checked and run: the checker servers start now, not with the first edit. (After a failure the first
			// check, one-pass, starts them: a broken config is reported by the one-pass checkers only.)
			await session
				.syncOrShowErrors()
				.then(() => checkers?.warmUp())
				.catch(logError);
			// After a re-run, the page shows it as soon as Astro writes its store: now, not after its 500 ms debounce.
			const rerun = (only?: string[]) => session.syncOrShowErrors(only).finally(() => writeStoreNow(loader.name));
			loader.queue = syncQueue(rerun, logError);
			// The lock and .venv's stamp too: npm install while the server runs lets the engine programs run.
			watcher.add([engine.examplesDir, ...engineEnvFiles(root)]);
			const onChange = (file: string) => {
				const changed = changedExamples(engine.examplesDir, file, root);
				if (changed) loader.queue!.request(changed);
			};
			for (const event of ['change', 'add', 'unlink', 'unlinkDir'] as const) watcher.on(event, onChange);
		},
	};
	return loader;
}
