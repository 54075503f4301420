/**
 * The engine programs' environment for a test: the fixtures of tests/fixtures/engines/ in a throw-away examples
 * folder, the project's .venv there or not, and a machine without Java (JAVA_HOME nowhere, no `java` on PATH).
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { TMP, ROOT, type ExamplesDir } from './examples-dir.ts';

/**
 * Copies engine fixtures (tests/fixtures/engines/<name>/, committed transcripts included) into the examples, and
 * the project's requirements.lock to the root, where the engine looks for it (not .venv: see linkVenv).
 */
export async function addEngineFixtures(dirs: ExamplesDir, names: string[]): Promise<void> {
	await cp(path.join(ROOT, 'requirements.lock'), path.join(dirs.root, 'requirements.lock'));
	for (const name of names) {
		await cp(path.join(ROOT, 'tests', 'fixtures', 'engines', name), path.join(dirs.examplesDir, name), {
			recursive: true,
		});
	}
}

/** Whether tests that run a program on .venv run: where it is installed, and always in CI (which installs it). */
export const hasVenv = /^(true|1)$/i.test(process.env.CI ?? '') || existsSync(path.join(ROOT, '.venv', '.lock-stamp'));

/** The engine looks for .venv at the project's root: give the throw-away one the real one. */
export async function linkVenv(root: string): Promise<void> {
	await symlink(path.join(ROOT, '.venv'), path.join(root, '.venv'));
}

/**
 * This process without these commands until the test ends, or until the returned function puts them back: every
 * folder of PATH that holds one is replaced by a folder of links to everything else in it (python3, bwrap and
 * unshare stay where they were found).
 */
export async function hideFromPath(commands: string[]): Promise<() => void> {
	const saved = process.env.PATH;
	const restore = () => void (process.env.PATH = saved);
	onTestFinished(restore);
	const dirs = await Promise.all(
		(saved ?? '').split(':').map(async (dir) => {
			if (!dir || !commands.some((command) => existsSync(path.join(dir, command)))) return dir;
			const copy = await mkdtemp(path.join(TMP, 'path-'));
			onTestFinished(() => rm(copy, { recursive: true, force: true }));
			for (const name of await readdir(dir)) {
				if (!commands.includes(name)) await symlink(path.join(dir, name), path.join(copy, name));
			}
			return copy;
		})
	);
	process.env.PATH = dirs.join(':');
	return restore;
}

/**
 * This process without Java until the test ends, or until the returned function installs it back: JAVA_HOME
 * points nowhere, and no `java` is on PATH.
 */
export async function withoutJava(): Promise<() => void> {
	const saved = process.env.JAVA_HOME;
	const restorePath = await hideFromPath(['java']);
	const restore = () => {
		restorePath();
		if (saved === undefined) delete process.env.JAVA_HOME;
		else process.env.JAVA_HOME = saved;
	};
	onTestFinished(restore);
	process.env.JAVA_HOME = path.join(TMP, 'no-java-here');
	return restore;
}
