/**
 * A hash of the engine's own code: a change to any of it changes every cache key. Files are named relative to the
 * engine's folder, so two clones in different folders agree.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from './cache-key.ts';

const ENGINE_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The last hash, and the names, sizes and modification times of the files it was made from. */
let last: { files: string; version: string } | undefined;

export async function engineVersion(): Promise<string> {
	const names = (await readdir(ENGINE_DIR, { recursive: true })).filter((f) => /\.(ts|mjs|py)$/.test(f)).sort();
	// Dev mode asks on every edit: files that look untouched are not read again. The version itself is always a
	// hash of their contents, never of times.
	const stats = await Promise.all(names.map((name) => stat(path.join(ENGINE_DIR, name))));
	const files = names.map((name, i) => `${name} ${stats[i]!.size} ${stats[i]!.mtimeMs}`).join('\n');
	if (last?.files !== files) last = { files, version: await hashFiles(names, ENGINE_DIR) };
	return last.version;
}
