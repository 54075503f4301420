/**
 * A throw-away examples folder holding some of the engine fixtures (tests/fixtures/examples/<case>/) and the
 * project's real example configs, inside the repository so the checkers find node_modules.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll } from 'vitest';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'examples');
const TMP = path.join(ROOT, 'tests', '.tmp');
const CONFIGS = ['tsconfig.json', 'pyrightconfig.json', 'package.json'];

export interface ExamplesDir {
	root: string;
	examplesDir: string;
	contentDir: string;
	cacheDir: string;
}

export async function examplesDirWith(cases: string[]): Promise<ExamplesDir> {
	await mkdir(TMP, { recursive: true });
	const root = await mkdtemp(path.join(TMP, 'case-'));
	const examplesDir = path.join(root, 'examples');
	await mkdir(examplesDir);
	for (const file of CONFIGS) await cp(path.join(ROOT, 'examples', file), path.join(examplesDir, file));
	for (const name of cases) await cp(path.join(FIXTURES, name), path.join(examplesDir, name), { recursive: true });
	const contentDir = path.join(root, 'content');
	await mkdir(contentDir);
	afterAll(() => rm(root, { recursive: true, force: true }));
	return { root, examplesDir, contentDir, cacheDir: path.join(root, 'cache') };
}

/** Engine effects that keep the log for assertions and a clock that does not matter. */
export function recordingEffects() {
	const lines: string[] = [];
	return { lines, effects: { log: (line: string) => void lines.push(line), now: () => performance.now() } };
}

/** PIDs of processes whose command line contains `text` (pgrep never lists itself). */
export function processesMatching(text: string): string[] {
	try {
		return execFileSync('pgrep', ['-f', text]).toString().trim().split('\n');
	} catch {
		return []; // pgrep exits 1 when nothing matches
	}
}

export const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => {
			throw new Error('expected the build to fail');
		},
		(error: Error) => error.message
	);
