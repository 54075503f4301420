/**
 * The one way the engine (and the Astro adapter, through index.ts) replaces a file that something else may read
 * meanwhile: a cache entry, a committed transcript, the last build's summary. Nothing reading the file sees half of
 * it: a dev server watching examples/, a build reading the cache, the bench reading the summary.
 */
import { rename, rm, writeFile } from 'node:fs/promises';

let writes = 0;

/**
 * Writes `data` to a temporary file beside `file`, then renames it over `file` (atomic on one filesystem). A failed
 * write leaves the old file as it was and no temporary file behind. The folder must exist.
 */
export async function atomicWrite(file: string, data: Parameters<typeof writeFile>[1]): Promise<void> {
	// Unique per write, not only per process: two writes of one file in one process must not share a temporary file.
	const tmp = `${file}.${process.pid}.${++writes}.tmp`;
	try {
		await writeFile(tmp, data);
		await rename(tmp, file);
	} catch (error) {
		await rm(tmp, { force: true });
		throw error;
	}
}
