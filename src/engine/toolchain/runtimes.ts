/**
 * The interpreters that run the examples, found once per build. Their versions go into the cache key and under
 * every output. What this machine lacks is said as a `Missing`: what, and the command that installs it.
 */
import type { LanguageId } from '../../shared/languages.ts';
import { execTool } from './exec-tool.ts';
import { UserError } from '../errors.ts';

import os from 'node:os';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** An interpreter found on this machine. */
export interface Runtime {
	/** Absolute path of the executable. */
	path: string;
	/** e.g. `26.10.0` */
	version: string;
}

/** Something an engine program needs and this machine lacks: what, and the one command that installs it. */
export interface Missing {
	missing: string;
	install: string;
}

export const isMissing = (x: Runtime | Missing): x is Missing => 'missing' in x;

export const MIN_PYTHON = [3, 11] as const;

/** The Node running this build: the project's pinned Node when started through npm scripts. */
export function nodeRuntime(): Runtime {
	return { path: process.execPath, version: process.versions.node };
}

/** The system `python3`, resolved to its real executable (a version manager's shim needs the builder's env). */
export async function findPython(cwd: string): Promise<Runtime> {
	const script = 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])';
	let out: string;
	try {
		out = (await execTool('python3', ['-c', script], cwd)).stdout;
	} catch (error) {
		throw new UserError(
			`python3 was not found on PATH. The Python examples need Python ${MIN_PYTHON.join('.')} or newer: install it (e.g. apt-get install python3) and build again.`,
			{ cause: error }
		);
	}
	const [path = '', version = ''] = out.trim().split('\n');
	const [major = 0, minor = 0] = version.split('.').map(Number);
	if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
		throw new UserError(
			`python3 at ${path} is Python ${version}; the Python examples need ${MIN_PYTHON.join('.')} or newer.`
		);
	}
	return { path, version };
}

/** One runtime per language. */
export type Runtimes = Record<LanguageId, Runtime>;

/**
 * Every language's runtime, or an error saying what to install. All of them, always: the project has programs in
 * every language, and a complete map spares every caller the question "was this one looked for?".
 */
export async function findRuntimes(root: string, env = process.env): Promise<Runtimes> {
	return { ts: nodeRuntime(), py: await findMainPython(root, env) };
}

/** The Python `.python-version` names (`3.13.0`, or a line such as `3.13`), or null when the project names none. */
async function namedPython(root: string): Promise<string | null> {
	const text = await readFile(path.join(root, '.python-version'), 'utf8').catch(() => '');
	return /^\d+\.\d+(\.\d+)?$/m.exec(text.trim())?.[0] ?? null;
}

/**
 * The main Python: the one `.python-version` names when this machine has it, since the committed transcripts were
 * made with it (pyenv's shims and CI's setup-python make it `python3`; a machine without them may still have it
 * as pyenv's version or as `python3.13` on PATH): that exact version first, then one of its line. Otherwise
 * `python3`, whatever its version (≥ 3.11); transcripts it prints differently are marked on the page.
 */
async function findMainPython(root: string, env: NodeJS.ProcessEnv): Promise<Runtime> {
	const [named, python3] = await Promise.all([namedPython(root), findPython(root).catch((error: Error) => error)]);
	const usable = python3 instanceof Error ? [] : [python3];
	if (!named || usable[0]?.version === named) return orThrow(python3);
	const pythons = [...usable, ...(await findPythons(root, env)).sort((a, b) => compareVersions(b.version, a.version))];
	const line = named.split('.').slice(0, 2).join('.');
	const ofLine = (r: Runtime) => r.version === line || r.version.startsWith(`${line}.`);
	return pythons.find((r) => r.version === named) ?? pythons.find(ofLine) ?? orThrow(python3);
}

const orThrow = <T>(found: T | Error): T => {
	if (found instanceof Error) throw found;
	return found;
};

/**
 * `find()`'s promise, kept under `key` for the rest of the process; a failure is not kept, so the next call tries
 * again (installing what was missing and saving again works).
 */
export function once<T>(found: Map<string, Promise<T>>, key: string, find: () => Promise<T>): Promise<T> {
	let promise = found.get(key);
	if (!promise) {
		promise = find();
		found.set(key, promise);
		promise.catch(() => found.delete(key));
	}
	return promise;
}

const runtimesFound = new Map<string, Promise<Runtimes>>();

/**
 * findRuntimes, once per project, PATH and pyenv in this process: dev mode plans a build on every edit, and a
 * `python3` behind a version manager's shim (pyenv) takes a second to answer. A failure is not kept: installing
 * Python and saving again works.
 */
export function findRuntimesOnce(root: string): Promise<Runtimes> {
	// The builder's own PATH and PYENV_ROOT, where a shell would find python3: read here, not through env.ts, until
	// planBuild is given the environment (engineConfig) rather than searching the process's.
	const key = `${root}\0${process.env.PATH ?? ''}\0${process.env.PYENV_ROOT ?? ''}`;
	return once(runtimesFound, key, () => findRuntimes(root));
}

/**
 * For programs whose declared minimum (example.json `"python": ">=3.13"`) the main Python does not meet: the newest
 * Python of this machine that meets it, or what is missing and how to get it. Looks for them once.
 */
export async function newerPythonFinder(
	root: string,
	main: Runtime,
	env = process.env
): Promise<(min: string) => Runtime | Missing> {
	const [pythons, named] = await Promise.all([findPythons(root, env), namedPython(root)]);
	const newestFirst = pythons.sort((a, b) => compareVersions(b.version, a.version));
	return (min) =>
		newestFirst.find((r) => compareVersions(r.version, min) >= 0) ?? {
			missing: `Python ${min} or newer (the build's main Python is ${main.version}, and no python3.N on PATH or in pyenv's versions is)`,
			install: `pyenv install ${named && compareVersions(named, min) >= 0 ? named : min}`,
		};
}

/** Compares version strings part by part: `3.12.1` < `3.13.0`. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d) return d;
	}
	return 0;
}

export const PROBE_PYTHON = [
	'import sys, sysconfig',
	'print(sys.executable)',
	'print("%d.%d.%d" % sys.version_info[:3])',
	// Only CPython's default (GIL) build: there is no free-threaded one here, and none may pass for it.
	'print(sys.implementation.name, sysconfig.get_config_var("Py_GIL_DISABLED") or 0, sys.version_info.releaselevel)',
].join('; ');

/**
 * Every CPython on this machine (final releases of the default GIL build) as `python3.N` (N ≥ 11) on PATH
 * (setup-python in CI) or under pyenv's `versions/`, in no order.
 */
export async function findPythons(root: string, env: NodeJS.ProcessEnv): Promise<Runtime[]> {
	const pyenvRoot = env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv');
	const candidates = [
		...Array.from({ length: 10 }, (_, i) => `python3.${MIN_PYTHON[1] + i}`),
		...(await readdir(path.join(pyenvRoot, 'versions')).catch(() => [] as string[])).map((v) =>
			path.join(pyenvRoot, 'versions', v, 'bin', 'python3')
		),
	];
	const pythons = await Promise.all(
		candidates.map(async (command): Promise<Runtime | null> => {
			try {
				const probe = await execTool(command, ['-I', '-c', PROBE_PYTHON], root);
				if (probe.code !== 0) return null;
				const [exe = '', version = '', build = ''] = probe.stdout.trim().split('\n');
				const [impl, gilDisabled, level] = build.split(' ');
				if (impl !== 'cpython' || gilDisabled !== '0' || level !== 'final') return null;
				return { path: exe, version };
			} catch {
				return null;
			}
		})
	);
	return pythons.filter((r): r is Runtime => r !== null);
}
