/**
 * What `astro dev` does with the examples, in plain Node: build them all once, then re-run those a change touches.
 * An example that fails to check or run shows its error on its page in place of its output (never its last output
 * as if current), and is tried again with the next change of any example; so is an engine program this machine
 * could not run (no .venv, no Java), which then runs once what it needs is there. The Astro loader only wires this
 * to its store, logger and watcher (astro/examples-loader.ts).
 */
import path from 'node:path';
import type { EngineConfig, EngineEffects } from '../config.ts';
import { listExampleIds } from '../discover/discover.ts';
import { ExampleBuildError } from '../errors.ts';
import { formatSummary, type EngineSummary } from '../summary.ts';
import type { ExampleResult } from '../model/example-result.ts';
import { errorEntry } from './dev-errors.ts';

export type Build = (
	config: EngineConfig,
	effects: EngineEffects
) => Promise<{ examples: ExampleResult[]; summary: EngineSummary }>;

/** Where entries go: Astro's content store, behind its schema. */
export interface EntryStore {
	keys(): Iterable<string>;
	set(entry: ExampleResult): Promise<void>;
	delete(id: string): void;
}

export interface ExamplesSession {
	/** Builds these examples (all when none are given) and stores them; throws the build's error. */
	sync(only?: string[]): Promise<EngineSummary>;
	/**
	 * Dev mode: as `sync`, together with every example that failed last time or could not run; on an error, each
	 * example it is about shows it, the others are stored from a second pass (their runs are cached by then), then
	 * it throws.
	 */
	syncOrShowErrors(only?: string[]): Promise<void>;
}

export function examplesSession(
	build: Build,
	config: EngineConfig,
	effects: EngineEffects,
	store: EntryStore
): ExamplesSession {
	const failed = new Set<string>();
	/** Examples with an engine program this machine could not run: built again with the next change. */
	const waiting = new Set<string>();

	const sync = async (only?: string[]) => {
		const { examples, summary } = await build({ ...config, only }, effects);
		// An example that was looked for and not found has been deleted.
		const found = new Set(examples.map((e) => e.id));
		for (const id of only ?? [...store.keys()]) if (!found.has(id)) store.delete(id);
		for (const example of examples) {
			await store.set(example);
			failed.delete(example.id);
			if (example.programs.some((p) => p.notRun?.needs)) waiting.add(example.id);
			else waiting.delete(example.id);
		}
		return summary;
	};

	const showError = async (ids: string[], error: unknown) => {
		for (const id of ids) {
			failed.add(id);
			await store.set(errorEntry(id, error));
		}
	};

	const syncOrShowErrors = async (only?: string[]) => {
		const ids = only && [...new Set([...only, ...failed, ...waiting])].sort();
		try {
			effects.log(formatSummary(await sync(ids)));
		} catch (error) {
			// Runs that failed: only those examples show the error; the others ran and were cached, and a second
			// pass that runs nothing stores them. A check error stops every run: all show it.
			const ranBadly = error instanceof ExampleBuildError ? error.failures.map((f) => f.id) : [];
			const scope = ids ?? (await listExampleIds(config.examplesDir));
			const broken = ranBadly.length ? scope.filter((id) => ranBadly.includes(id)) : scope;
			await showError(broken, error);
			const rest = scope.filter((id) => !broken.includes(id));
			if (rest.length) await sync(rest).catch((again: unknown) => showError(rest, again));
			throw error;
		}
	};

	return { sync, syncOrShowErrors };
}

/**
 * The files outside `examples/` that decide whether and with what the engine programs run: the lock, and the stamp
 * npm install (scripts/python-env.ts) writes last into .venv once it is made from it.
 */
export const engineEnvFiles = (root: string) => [
	path.join(root, 'requirements.lock'),
	path.join(root, '.venv', '.lock-stamp'),
];

/**
 * Which examples a changed file asks to run again: its example's folder, `all` for a checker's config at the top of
 * `examples/` (every program is checked again, and runs only where its cache key changed) or for the engine
 * programs' environment (`engineEnvFiles`: .venv made or made again, a new lock), or none.
 */
export function changedExamples(examplesDir: string, file: string, root?: string): string[] | 'all' | null {
	if (root && engineEnvFiles(root).includes(file)) return 'all';
	const relative = path.relative(examplesDir, file);
	if (!relative || relative.startsWith('..')) return null;
	const [folder, ...rest] = relative.split(path.sep);
	return rest.length ? [folder!] : 'all';
}
