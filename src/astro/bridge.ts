/**
 * Dev mode: Astro writes its content store to disk, which is what makes a page show new data, 500 ms after the
 * last change to it (its own debounce). After a re-run, the loader asks Astro for a content refresh of this loader
 * instead (`refreshContent`, given to integrations in `astro:server:setup`): the loader does nothing in it, and
 * Astro writes the store at once when the refresh ends. The integration hands the function over through
 * globalThis, because Astro loads the integration and the content config in separate module graphs.
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
