/**
 * The interpreters that run the examples, found once per build. Their versions go into the cache key and under
 * every output.
 */
import type { LanguageId } from '../../shared/languages.ts';
import type { Runtime } from './languages.ts';
import { execTool } from './exec-tool.ts';
import { UserError } from '../errors.ts';
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

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
export async function findRuntimes(root: string): Promise<Runtimes> {
	return { ts: nodeRuntime(), py: await findPython(root) };
}

const runtimesFound = new Map<string, Promise<Runtimes>>();

/**
 * findRuntimes, once per project and PATH in this process: dev mode plans a build on every edit, and a `python3`
 * behind a version manager's shim (pyenv) takes a second to answer. A failure is not kept: installing Python and
 * saving again works.
 */
export function findRuntimesOnce(root: string): Promise<Runtimes> {
	const key = `${root}\0${process.env.PATH ?? ''}`;
	let found = runtimesFound.get(key);
	if (!found) {
		found = findRuntimes(root);
		runtimesFound.set(key, found);
		found.catch(() => runtimesFound.delete(key));
	}
	return found;
}

/** `3.13.0` → `3.13`, `26.10.0` → `26`: how a page names a version. */
export function versionLabel(lang: LanguageId, version: string): string {
	const parts = version.split('.');
	return lang === 'py' ? parts.slice(0, 2).join('.') : parts[0]!;
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

const PROBE_PYTHON = [
	'import sys, sysconfig',
	'print(sys.executable)',
	'print("%d.%d.%d" % sys.version_info[:3])',
	// Only CPython's default (GIL) build: there is no free-threaded one here, and none may pass for it.
	'print(sys.implementation.name, sysconfig.get_config_var("Py_GIL_DISABLED") or 0, sys.version_info.releaselevel)',
].join('; ');

/**
 * The other versions of each language on this machine, newest first, one per line (3.11, 3.12; 22, 24): CPython
 * ≥ 3.11 (final releases of the default GIL build) as `python3.N` on PATH (setup-python in CI) or under pyenv's
 * `versions/`, and Node ≥ 22 as the project's pinned `node-N` npm packages. The main versions are left out.
 */
export async function findOtherRuntimes(
	root: string,
	main: Runtimes,
	env = process.env
): Promise<Record<LanguageId, Runtime[]>> {
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
	const nodeDirs = (await readdir(path.join(root, 'node_modules')).catch(() => [] as string[])).filter((d) =>
		/^node-\d+$/.test(d)
	);
	const nodes = await Promise.all(
		nodeDirs.map(async (dir): Promise<Runtime | null> => {
			const exe = path.join(root, 'node_modules', dir, 'bin', 'node');
			try {
				const probe = await execTool(exe, ['--version'], root);
				return probe.code === 0 ? { path: exe, version: probe.stdout.trim().replace(/^v/, '') } : null;
			} catch {
				return null;
			}
		})
	);
	const pick = (lang: LanguageId, found: Array<Runtime | null>, oldest: string) => {
		const byLine = new Map<string, Runtime>();
		for (const r of found) {
			if (!r || compareVersions(r.version, oldest) < 0) continue;
			const label = versionLabel(lang, r.version);
			if (label === versionLabel(lang, main[lang].version)) continue;
			const kept = byLine.get(label);
			if (!kept || compareVersions(r.version, kept.version) > 0) byLine.set(label, r);
		}
		return [...byLine.values()].sort((a, b) => compareVersions(b.version, a.version));
	};
	return { py: pick('py', pythons, MIN_PYTHON.join('.')), ts: pick('ts', nodes, String(MIN_NODE)) };
}

/** The oldest Node line the TypeScript examples are checked on. */
export const MIN_NODE = 22;
