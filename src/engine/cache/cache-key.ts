/**
 * The cache key of one program's run: a hash of everything that can change its output. Never a modification time.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isMatrixFile, isTranscriptFile } from '../transcripts/files.ts';

export interface CacheKeyInput {
	/**
	 * The example's folder. Every file in it counts (the program, its local imports, its inputs) by its name relative
	 * to this folder and its content, except the `exclude`d ones: the other languages' programs, which cannot change
	 * this one's output. The folder's own path does not count.
	 */
	dir: string;
	exclude: string[];
	lang: string;
	/** Versions of the engine, the runtime and the checker, and anything else that shapes the run. */
	toolchain: Record<string, string>;
	options: unknown;
}

export async function cacheKey(input: CacheKeyInput): Promise<string> {
	const hash = createHash('sha256');
	hash.update(JSON.stringify({ lang: input.lang, toolchain: input.toolchain, options: input.options }));
	// A committed transcript, and the other versions' results (engine/versions/), are what the run is compared with,
	// not inputs of it: accepting one runs nothing again.
	const names = (await readdir(input.dir, { recursive: true, withFileTypes: true }))
		.filter((entry) => !entry.isDirectory())
		.map((entry) => path.relative(input.dir, path.join(entry.parentPath, entry.name)))
		.filter((name) => !input.exclude.includes(name) && !isTranscriptFile(name) && !isMatrixFile(name));
	// A file that cannot be read is an error, never left out: a key that misses an input would serve a stale run.
	for (const name of names.sort()) hash.update(`\0${name}\0`).update(await readFile(path.join(input.dir, name)));
	return hash.digest('hex').slice(0, 32);
}

/**
 * A hash of files' names and contents: the engine's own code, or everything a checker reads. `files` are relative
 * to `base`, and only those relative names are hashed: where the project sits on disk must not change a key.
 */
export async function hashFiles(files: string[], base: string): Promise<string> {
	const hash = createHash('sha256');
	for (const file of files) hash.update(`\0${file}\0`).update(await readFile(path.join(base, file)));
	return hash.digest('hex').slice(0, 12);
}
