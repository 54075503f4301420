/**
 * A hash of the code that can change what a run prints or what a check reports: a change to any of it changes every
 * cache key. The code is found, not listed: every module that making a run's result or a check's needs (the
 * closure of `ROOTS` over their imports), and every file of a folder one of them reads by URL (the harness, with
 * Spark's settings). So a new module or a new settings file counts as soon as something uses it, and editing what
 * cannot change a result (dev mode's language servers, the drivers for accept, off, dev and verify, the CLIs, the
 * Astro adapter) keeps everyone's cache. Files are named relative to `src/`, so two clones agree.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashFiles } from './cache-key.ts';
import { importSpecifiers } from './imports.ts';

const SRC_DIR = path.resolve(import.meta.dirname, '..', '..');

/**
 * Where results are made: a program's run and what the build keeps of it (drivers/run-program.ts), its page entry
 * (results/program-result.ts), and the checkers (check/check.ts). The plan (plan/plan.ts), which decides each
 * program's options, runtime and limits, is in their imports.
 */
export const ROOTS = ['engine/drivers/run-program.ts', 'engine/results/program-result.ts', 'engine/check/check.ts'];

/** What Python writes beside a harness it runs (where the sandbox leaves the filesystem writable): not an input. */
const DERIVED = /(^|\/)__pycache__(\/|$)/;

/** The engine's inputs: files (relative to `src/`), and the folders read by URL, whose entries count too. */
async function inputs(srcDir: string): Promise<{ files: string[]; folders: string[] }> {
	const files = new Set<string>();
	const folders = new Set<string>();
	const visit = async (file: string): Promise<void> => {
		if (files.has(file)) return;
		files.add(file);
		if (!/\.(ts|mjs)$/.test(file)) return;
		for (const specifier of importSpecifiers(await readFile(path.join(srcDir, file), 'utf8'))) {
			if (!specifier.startsWith('.')) continue; // a package: its version is in the key where it matters
			const target = path.join(path.dirname(file), specifier);
			if (!specifier.endsWith('/')) {
				await visit(target);
				continue;
			}
			folders.add(target);
			for (const entry of await readdir(path.join(srcDir, target), { recursive: true, withFileTypes: true })) {
				const name = path.relative(srcDir, path.join(entry.parentPath, entry.name));
				if (DERIVED.test(name)) continue;
				if (entry.isDirectory()) folders.add(name);
				else await visit(name);
			}
		}
	};
	for (const root of ROOTS) await visit(root);
	return { files: [...files].sort(), folders: [...folders].sort() };
}

export async function engineInputFiles(srcDir: string = SRC_DIR): Promise<string[]> {
	return (await inputs(srcDir)).files;
}

/** The last version per `src/`, and the sizes and modification times of what it was made from. */
const last = new Map<string, { files: string[]; folders: string[]; stamp: string; version: string }>();

/** Names, sizes and times: a file edited, or an entry added to a folder (its time changes), changes the stamp. */
async function stampOf(srcDir: string, names: string[]): Promise<string> {
	const stats = await Promise.all(names.map((name) => stat(path.join(srcDir, name)).catch(() => null)));
	return names.map((name, i) => `${name} ${stats[i]?.size} ${stats[i]?.mtimeMs}`).join('\n');
}

export async function engineVersion(srcDir: string = SRC_DIR): Promise<string> {
	// Dev mode asks on every edit: while no input looks touched, nothing is read again. An import can only change
	// with a file that imports, so the inputs are found again only then. The version itself is always a hash of
	// contents, never of times.
	const known = last.get(srcDir);
	if (known && (await stampOf(srcDir, [...known.files, ...known.folders])) === known.stamp) return known.version;
	const { files, folders } = await inputs(srcDir);
	const stamp = await stampOf(srcDir, [...files, ...folders]);
	last.set(srcDir, { files, folders, stamp, version: await hashFiles(files, srcDir) });
	return last.get(srcDir)!.version;
}
