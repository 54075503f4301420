/**
 * What the engine programs (PySpark, Beam, the locked packages) run with: the project's `.venv`, made from
 * requirements.lock, and for Spark a Java runtime; found without starting a process where a stamp can tell.
 */
import type { EngineId } from '../discover/metadata.ts';
import { execTool } from './exec-tool.ts';
import { isMissing, once, type Missing, type Runtime } from './runtimes.ts';

import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';

export type { EngineId };

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

export const MIN_JAVA = 17;

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
	const lockText = await readFile(path.join(root, 'requirements.lock'), 'utf8').catch(() => null);
	const lock = sha256(lockText ?? '');
	const [python, java] = await Promise.all([lockText === null ? NO_LOCK : findVenv(root, lock), findJava(root, env)]);
	const pinned = (name: string) => new RegExp(`^${name}==(\\S+)`, 'm').exec(lockText ?? '')?.[1] ?? '?';
	const packages = ['anyio', 'trio', 'uvloop'].map((name) => `${name} ${pinned(name)}`).join(' · ');
	return { python, lock, java, versions: { spark: pinned('pyspark'), beam: pinned('apache-beam'), packages } };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Without the lock there is no telling which .venv is current: restore it rather than guess. */
const NO_LOCK: Missing = {
	missing: 'requirements.lock (the locked packages of the engine programs)',
	install: 'git checkout -- requirements.lock, then npm install',
};

const engineEnvFound = new Map<string, Promise<EngineEnv>>();

/**
 * findEngineEnv for dev mode, which plans on every edit: kept while what it was found from is the same (the lock,
 * the stamp scripts/python-env.ts writes last into .venv, PATH, JAVA_HOME), and never kept while something is
 * missing. So making .venv, installing Java or a new lock while the server runs counts with the next save.
 */
export async function findEngineEnvOnce(root: string, env: NodeJS.ProcessEnv = process.env): Promise<EngineEnv> {
	const read = (file: string) => readFile(path.join(root, file), 'utf8').catch(() => '');
	const [lock, stamp] = await Promise.all([read('requirements.lock'), read(path.join('.venv', '.lock-stamp'))]);
	const key = [root, env.PATH ?? '', env.JAVA_HOME ?? '', sha256(lock), stamp].join('\0');
	const found = await once(engineEnvFound, key, () => findEngineEnv(root, env));
	if (isMissing(found.python) || isMissing(found.java)) engineEnvFound.delete(key);
	return found;
}
