/**
 * A throw-away examples folder holding some of the engine fixtures (tests/fixtures/examples/<case>/) and the
 * project's real example configs, inside the repository so the checkers find node_modules.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { onTestFinished } from 'vitest';
import { projectRoot } from '../../src/cli/project-root.ts';
import { engineConfig, type EngineConfig } from '../../src/engine/config.ts';

export const ROOT = projectRoot();
const FIXTURES = path.join(ROOT, 'tests', 'fixtures', 'examples');
const CONFIGS = ['tsconfig.json', 'pyrightconfig.json', 'package.json'];

export interface ExamplesDir {
	root: string;
	examplesDir: string;
	contentDir: string;
	cacheDir: string;
	/** The level a build in this environment runs at (`EXAMPLES_SANDBOX`, or the strongest here), as engineConfig resolves it. */
	sandbox: EngineConfig['sandbox'];
}

/** The folder under which tests make their throw-away copies (`case-*` here, the fixture site's in site-copy.ts). */
export const TMP = path.join(ROOT, 'tests', '.tmp');

/** Call inside a test: the folder is removed when that test ends, passed or failed. */
export async function examplesDirWith(cases: string[]): Promise<ExamplesDir> {
	await mkdir(TMP, { recursive: true });
	const root = await mkdtemp(path.join(TMP, 'case-'));
	const examplesDir = path.join(root, 'examples');
	await mkdir(examplesDir);
	for (const file of CONFIGS) await cp(path.join(ROOT, 'examples', file), path.join(examplesDir, file));
	for (const name of cases) await cp(path.join(FIXTURES, name), path.join(examplesDir, name), { recursive: true });
	const contentDir = path.join(root, 'content');
	await mkdir(contentDir);
	onTestFinished(() => rm(root, { recursive: true, force: true }));
	return {
		root,
		examplesDir,
		contentDir,
		cacheDir: path.join(root, 'cache'),
		// Resolved when a driver (or a spread) reads it: finding the machine's levels starts processes, which a unit
		// test that only wants the folders must not.
		get sandbox() {
			return engineConfig(root, process.env).sandbox;
		},
	};
}

/** Engine effects that keep the log for assertions and a clock that does not matter. */
export function recordingEffects() {
	const lines: string[] = [];
	return { lines, effects: { log: (line: string) => void lines.push(line), now: () => performance.now() } };
}

/**
 * PIDs of processes whose command line contains `text` (pgrep never lists itself). Pass a path inside the test's
 * own folder: other worktrees run the same fixtures at the same time. Throws when pgrep cannot run: a check that
 * cannot look must not report "nothing left".
 */
export function processesMatching(text: string): string[] {
	const pattern = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const result = spawnSync('pgrep', ['-f', pattern], { encoding: 'utf8' });
	if (result.error) throw new Error(`pgrep could not run: ${result.error.message}`, { cause: result.error });
	if (result.status === 1) return []; // nothing matched
	if (result.status !== 0) throw new Error(`pgrep -f ${pattern} failed (${result.status}): ${result.stderr}`);
	return result.stdout.trim().split('\n');
}

/** Whether a process with this pid is alive (signal 0 checks without sending anything). */
export function alive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * How long after its timeout a killed run may end, as the engine measures the run (RunResult.durationMs): the
 * SIGKILL and the exit's delivery, on a loaded 2-core machine. Checkers and start-up are not part of it.
 */
export const KILL_MARGIN_MS = 1500;

export const failure = (promise: Promise<unknown>) =>
	promise.then(
		() => {
			throw new Error('expected the build to fail');
		},
		(error: Error) => error.message
	);
