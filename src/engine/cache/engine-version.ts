/**
 * A hash of the code that can change what a run prints or what a check reports: a change to any of it changes every
 * cache key. The list is explicit, so moving a file in or out of the engine cannot silently leave it out, and
 * editing what cannot change a result (dev mode's language servers, the drivers for off, dev and verify, the CLIs,
 * the Astro adapter) keeps everyone's cache. Files are named relative to `src/`, so two clones agree.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashFiles } from './cache-key.ts';

const SRC_DIR = path.resolve(import.meta.dirname, '..', '..');

/** Folders under `src/` whose files can change a run's or a check's result; `check/warm/` only serves dev mode. */
export const ENGINE_INPUTS: ReadonlyArray<{ dir: string; except?: string }> = [
	{ dir: 'engine/discover' },
	{ dir: 'engine/check', except: 'engine/check/warm' },
	{ dir: 'engine/run' },
	{ dir: 'engine/record' },
	{ dir: 'engine/verdict' },
	{ dir: 'engine/build' },
	{ dir: 'engine/cache' },
	{ dir: 'engine/model' },
	{ dir: 'shared' },
];

/** The last hash per folder, and the names, sizes and modification times of the files it was made from. */
const last = new Map<string, { files: string; version: string }>();

export async function engineInputFiles(srcDir: string = SRC_DIR): Promise<string[]> {
	const lists = await Promise.all(
		ENGINE_INPUTS.map(async ({ dir, except }) =>
			(await readdir(path.join(srcDir, dir), { recursive: true }))
				.map((name) => path.join(dir, name))
				.filter((name) => /\.(ts|mjs|py)$/.test(name) && !(except && name.startsWith(`${except}${path.sep}`)))
		)
	);
	return lists.flat().sort();
}

export async function engineVersion(srcDir: string = SRC_DIR): Promise<string> {
	const names = await engineInputFiles(srcDir);
	// Dev mode asks on every edit: files that look untouched are not read again. The version itself is always a
	// hash of their contents, never of times.
	const stats = await Promise.all(names.map((name) => stat(path.join(srcDir, name))));
	const files = names.map((name, i) => `${name} ${stats[i]!.size} ${stats[i]!.mtimeMs}`).join('\n');
	if (last.get(srcDir)?.files !== files) last.set(srcDir, { files, version: await hashFiles(names, srcDir) });
	return last.get(srcDir)!.version;
}
