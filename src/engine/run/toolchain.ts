/**
 * The interpreters that run the examples, found once per build. Their versions go into the cache key and under
 * every output.
 */
import type { LanguageId } from '../../shared/languages.ts';
import type { Runtime } from './languages.ts';
import { execTool } from './exec-tool.ts';
import type { EngineId } from '../discover/metadata.ts';
import { UserError } from '../errors.ts';

import os from 'node:os';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
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

/**
 * `find()`'s promise, kept under `key` for the rest of the process; a failure is not kept, so the next call tries
 * again (installing what was missing and saving again works).
 */
function once<T>(found: Map<string, Promise<T>>, key: string, find: () => Promise<T>): Promise<T> {
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
 * findRuntimes, once per project and PATH in this process: dev mode plans a build on every edit, and a `python3`
 * behind a version manager's shim (pyenv) takes a second to answer. A failure is not kept: installing Python and
 * saving again works.
 */
export function findRuntimesOnce(root: string): Promise<Runtimes> {
	return once(runtimesFound, `${root}\0${process.env.PATH ?? ''}`, () => findRuntimes(root));
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

export type { EngineId };

/** What produced an engine program's output, for the caption under it: `PySpark 4.3.0 · Java 17.0.15`. */
export function engineLabel(env: EngineEnv, engine: EngineId): string {
	if (engine === 'beam') return `Apache Beam ${env.versions.beam} (DirectRunner)`;
	if (engine === 'packages') return env.versions.packages;
	return `PySpark ${env.versions.spark}${isMissing(env.java) ? '' : ` · Java ${env.java.version}`}`;
}

/** A Java runtime: its `java` and the home Spark's launcher needs (`JAVA_HOME`). */
export interface JavaRuntime extends Runtime {
	home: string;
}

/** What the engine programs run with: the project's `.venv` (from requirements.lock) and, for Spark, Java 17+. */
export interface EngineEnv {
	/** `.venv`'s Python, or why it cannot be used. */
	python: Runtime | Missing;
	/** sha256 of requirements.lock: in the cache key of every engine program. */
	lock: string;
	java: JavaRuntime | Missing;
	/** The engines' versions, as requirements.lock pins them (`4.3.0`), for the caption under an output. */
	versions: Record<EngineId, string>;
}

/** Something an engine program needs and this machine lacks: what, and the one command that installs it. */
export interface Missing {
	missing: string;
	install: string;
}

export const MIN_JAVA = 17;
export const isMissing = (x: Runtime | Missing): x is Missing => 'missing' in x;

/** The first thing `engine` needs that is missing here, or null when its programs can run. */
export function engineMissing(env: EngineEnv, engine: EngineId): Missing | null {
	if (isMissing(env.python)) return env.python;
	if (engine === 'spark' && isMissing(env.java)) return env.java;
	return null;
}

/**
 * `.venv`, current when its stamp (written last by scripts/python-env.ts) names this lock's hash; no process is
 * started, so a build without engine programs pays nothing for it.
 */
async function findVenv(root: string, lock: string): Promise<Runtime | Missing> {
	const install = { install: 'npm install (its postinstall runs node scripts/python-env.ts)' };
	const python = path.join(root, '.venv', 'bin', 'python');
	let stamp: string;
	try {
		stamp = await readFile(path.join(root, '.venv', '.lock-stamp'), 'utf8');
	} catch {
		return { missing: 'the project’s Python environment .venv (from requirements.lock)', ...install };
	}
	const version = /^python (\S+)$/m.exec(stamp)?.[1];
	if (!stamp.includes(`lock sha256 ${lock}`) || !version)
		return { missing: '.venv made from the current requirements.lock (it was made from another)', ...install };
	return { path: python, version };
}

/** Java 17+: `$JAVA_HOME/bin/java`, then `java` on PATH (resolved through its links, for its home). */
async function findJava(cwd: string, env: NodeJS.ProcessEnv): Promise<JavaRuntime | Missing> {
	const missing = {
		missing: `Java ${MIN_JAVA} or newer (looked in JAVA_HOME, then PATH)`,
		install: 'apt-get install openjdk-17-jre-headless',
	};
	const onPath = (env.PATH ?? '')
		.split(':')
		.filter(Boolean)
		.map((dir) => path.join(dir, 'java'));
	const candidates = [...(env.JAVA_HOME ? [path.join(env.JAVA_HOME, 'bin', 'java')] : []), ...onPath];
	for (const java of candidates) {
		let settings: string;
		if (!existsSync(java)) continue;
		try {
			// -XshowSettings writes to stderr; `java -version` exits 0.
			settings = (await execTool(java, ['-XshowSettings:properties', '-version'], cwd)).stderr;
		} catch {
			continue;
		}
		const version = /^\s*java\.version = (\S+)/m.exec(settings)?.[1];
		const home = /^\s*java\.home = (.+)$/m.exec(settings)?.[1]?.trim();
		const major = Number(version?.split(/[.+-]/)[0]);
		if (version && home && major >= MIN_JAVA) return { path: path.join(home, 'bin', 'java'), home, version };
		if (version) missing.missing = `Java ${MIN_JAVA} or newer (${java} is Java ${version})`;
	}
	return missing;
}

export async function findEngineEnv(root: string, env: NodeJS.ProcessEnv = process.env): Promise<EngineEnv> {
	const lockText = await readFile(path.join(root, 'requirements.lock')).catch(() => Buffer.from(''));
	const lock = createHash('sha256').update(lockText).digest('hex');
	const [python, java] = await Promise.all([findVenv(root, lock), findJava(root, env)]);
	const pinned = (name: string) => new RegExp(`^${name}==(\\S+)`, 'm').exec(lockText.toString())?.[1] ?? '?';
	const packages = ['anyio', 'trio', 'uvloop'].map((name) => `${name} ${pinned(name)}`).join(' · ');
	return { python, lock, java, versions: { spark: pinned('pyspark'), beam: pinned('apache-beam'), packages } };
}

const engineEnvFound = new Map<string, Promise<EngineEnv>>();

/** findEngineEnv, once per project, PATH and JAVA_HOME in this process (dev mode plans on every edit). */
export function findEngineEnvOnce(root: string): Promise<EngineEnv> {
	const key = `${root}\0${process.env.PATH ?? ''}\0${process.env.JAVA_HOME ?? ''}`;
	return once(engineEnvFound, key, () => findEngineEnv(root));
}
