/**
 * A hash of the engine's own code: a change to any of it changes every cache key. Files are named relative to the
 * engine's folder, so two clones in different folders agree.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFiles } from './cache-key.ts';

const ENGINE_DIR = path.dirname(fileURLToPath(import.meta.url));

export async function engineVersion(): Promise<string> {
	const names = await readdir(ENGINE_DIR, { recursive: true });
	return hashFiles(names.filter((f) => /\.(ts|mjs|py)$/.test(f)).sort(), ENGINE_DIR);
}
