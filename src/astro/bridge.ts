/**
 * State that crosses Astro's module graphs. Astro loads the integrations and the content config (with the
 * loader) in separate module graphs of one process, so no module state is shared between them; what must cross
 * does so here, and only here.
 */
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite, type EngineSummary } from '../engine/index.ts';

/**
 * The summary of the last build, kept in the cache folder: the loader writes it, the integration prints it as the
 * build's last line. A file, since a build may also be read by another process (the bench).
 */
const summaryFile = (cacheDir: string) => path.join(cacheDir, 'last-summary.json');

export async function writeSummary(cacheDir: string, summary: EngineSummary): Promise<void> {
	await mkdir(cacheDir, { recursive: true });
	await atomicWrite(summaryFile(cacheDir), JSON.stringify(summary));
}

/** The summary the loader wrote, or undefined when it wrote none since the last `forgetSummary`. */
export async function readSummary(cacheDir: string): Promise<EngineSummary | undefined> {
	try {
		return JSON.parse(await readFile(summaryFile(cacheDir), 'utf8')) as EngineSummary;
	} catch {
		return undefined;
	}
}

export const forgetSummary = (cacheDir: string): Promise<void> => rm(summaryFile(cacheDir), { force: true });

/**
 * Dev mode: Astro writes its content store to disk, which is what makes a page show new data, 500 ms after the
 * last change to it (its own debounce). After a re-run, the loader asks Astro for a content refresh of this loader
 * instead (`refreshContent`, given to integrations in `astro:server:setup`): the loader does nothing in it, and
 * Astro writes the store at once when the refresh ends. The integration hands the function over through
 * globalThis.
 */
type RefreshContent = (options: { loaders: string[]; context: Record<string, unknown> }) => Promise<void>;

const REFRESH = Symbol.for('concurrency-notes.refresh-content');
const WRITE_ONLY = 'examplesWriteStoreOnly';

/** Called by the integration's `astro:server:setup` hook. */
export function rememberRefreshContent(refresh: RefreshContent): void {
	(globalThis as Record<symbol, unknown>)[REFRESH] = refresh;
}

/** Has Astro write the content store now (no-op outside `astro dev`). Never call it from inside `load()`: Astro
 * runs one sync at a time, so the refresh would wait for the load that waits for it. */
export async function writeStoreNow(loaderName: string): Promise<void> {
	const refresh = (globalThis as Record<symbol, unknown>)[REFRESH] as RefreshContent | undefined;
	await refresh?.({ loaders: [loaderName], context: { [WRITE_ONLY]: true } });
}

/** True for the loader's `load()` that writeStoreNow caused: it must change nothing. */
export function isWriteStoreOnly(refreshContextData: Record<string, unknown> | undefined): boolean {
	return refreshContextData?.[WRITE_ONLY] === true;
}
