import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { beam } from '../../../src/engine/run/engines/beam.ts';
import { findEngineEnv, findEngineEnvOnce } from '../../../src/engine/toolchain/engine-env.ts';
import { findPython, findRuntimes, isMissing } from '../../../src/engine/toolchain/runtimes.ts';

const savedPath = process.env.PATH;
afterEach(() => {
	process.env.PATH = savedPath;
});

/** A folder holding a fake `python3` that reports the given version. */
async function fakePython(version: string): Promise<string> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'fake-python-'));
	const script = `#!/bin/sh\necho /opt/python/bin/python3\necho ${version}\n`;
	await writeFile(path.join(dir, 'python3'), script);
	await chmod(path.join(dir, 'python3'), 0o755);
	return dir;
}

describe('findPython', () => {
	it('finds the real interpreter behind python3 and its version', async () => {
		const python = await findPython(process.cwd());
		expect(python.path).toMatch(/^\//);
		expect(python.version).toMatch(/^3\.(1[1-9]|[2-9]\d)\.\d+$/);
	});

	it('says clearly when python3 is missing', async () => {
		process.env.PATH = await mkdtemp(path.join(os.tmpdir(), 'empty-path-'));
		await expect(findPython(process.cwd())).rejects.toThrow(
			'python3 was not found on PATH. The Python examples need Python 3.11 or newer: install it (e.g. apt-get install python3) and build again.'
		);
	});

	it('says clearly when python3 is too old', async () => {
		process.env.PATH = `${await fakePython('3.9.18')}:/bin:/usr/bin`;
		await expect(findPython(process.cwd())).rejects.toThrow(
			'python3 at /opt/python/bin/python3 is Python 3.9.18; the Python examples need 3.11 or newer.'
		);
	});
});

describe('findEngineEnv', () => {
	const root = path.resolve(import.meta.dirname, '../../..');

	it('names what is missing, and the one command that installs it, without .venv or Java', async () => {
		const empty = await mkdtemp(path.join(os.tmpdir(), 'no-venv-'));
		await writeFile(path.join(empty, 'requirements.lock'), 'pyspark==4.3.0\n');
		const env = await findEngineEnv(empty, { PATH: empty, JAVA_HOME: path.join(empty, 'nowhere') });
		expect(beam.missing(env)).toEqual({
			missing: 'the project’s Python environment .venv (from requirements.lock)',
			install: 'npm install (its postinstall runs node scripts/python-env.ts)',
		});
		expect(isMissing(env.java) && env.java).toEqual({
			missing: 'Java 17 or newer (looked in JAVA_HOME, then PATH)',
			install: 'apt-get install openjdk-17-jre-headless',
		});
	});

	it.runIf(existsSync(path.join(root, '.venv/.lock-stamp')))(
		'finds .venv when its stamp names the current lock',
		async () => {
			const env = await findEngineEnv(root);
			expect(isMissing(env.python) ? env.python.missing : env.python.version).toMatch(/^3\.13\.\d+$/);
		}
	);
});

describe('findEngineEnvOnce (dev mode asks on every edit)', () => {
	const sha = (text: string) => createHash('sha256').update(text).digest('hex');
	/** What scripts/python-env.ts writes last, once .venv is made from this lock. */
	const stamp = (root: string, lock: string) =>
		writeFile(path.join(root, '.venv', '.lock-stamp'), `lock sha256 ${sha(lock)}\npython 3.13.0\n`);

	it('notices .venv made while it runs, and a new lock, without a restart', async () => {
		const root = await mkdtemp(path.join(os.tmpdir(), 'engine-env-'));
		const env = { PATH: root };
		await writeFile(path.join(root, 'requirements.lock'), 'anyio==4.0.0\n');
		const before = await findEngineEnvOnce(root, env);
		expect(isMissing(before.python) && before.python.missing).toBe(
			'the project’s Python environment .venv (from requirements.lock)'
		);

		await mkdir(path.join(root, '.venv'));
		await stamp(root, 'anyio==4.0.0\n');
		const made = await findEngineEnvOnce(root, env);
		expect(made.python).toEqual({ path: path.join(root, '.venv', 'bin', 'python'), version: '3.13.0' });
		expect(made.lock).toBe(sha('anyio==4.0.0\n'));

		// A new lock: .venv is stale until it is made again from it, and runs are keyed by the new lock.
		await writeFile(path.join(root, 'requirements.lock'), 'anyio==4.1.0\n');
		const newLock = await findEngineEnvOnce(root, env);
		expect(newLock.lock).toBe(sha('anyio==4.1.0\n'));
		expect(isMissing(newLock.python) && newLock.python.missing).toBe(
			'.venv made from the current requirements.lock (it was made from another)'
		);
		await stamp(root, 'anyio==4.1.0\n');
		expect((await findEngineEnvOnce(root, env)).python).toMatchObject({ version: '3.13.0' });
	});

	it.runIf(existsSync('/usr/bin/java'))('notices Java installed while it runs', async () => {
		const root = await mkdtemp(path.join(os.tmpdir(), 'engine-env-'));
		const bin = await mkdtemp(path.join(os.tmpdir(), 'bin-'));
		const env = { PATH: bin, JAVA_HOME: path.join(root, 'nowhere') };
		expect(isMissing((await findEngineEnvOnce(root, env)).java)).toBe(true);
		await symlink('/usr/bin/java', path.join(bin, 'java'));
		expect((await findEngineEnvOnce(root, env)).java).toMatchObject({ version: expect.stringMatching(/^\d+/) });
	});

	it('says that requirements.lock is missing, not that .venv was made from another lock', async () => {
		const root = await mkdtemp(path.join(os.tmpdir(), 'engine-env-'));
		await mkdir(path.join(root, '.venv'));
		await stamp(root, 'anyio==4.0.0\n');
		const env = await findEngineEnv(root, { PATH: root });
		expect(env.python).toEqual({
			missing: 'requirements.lock (the locked packages of the engine programs)',
			install: 'git checkout -- requirements.lock, then npm install',
		});
	});
});

describe('findRuntimes: the main Python', () => {
	/** A folder of fake interpreters, each answering both probes (path and version; implementation and build). */
	async function fakePythons(versions: Record<string, string>): Promise<string> {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'fake-pythons-'));
		for (const [name, version] of Object.entries(versions)) {
			await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
			const script = `#!/bin/sh\necho /opt/${name}\necho ${version}\necho cpython 0 final\n`;
			await writeFile(path.join(dir, name), script);
			await chmod(path.join(dir, name), 0o755);
		}
		return dir;
	}
	/** A project whose .python-version names `version`. */
	async function projectNaming(version: string): Promise<string> {
		const root = await mkdtemp(path.join(os.tmpdir(), 'project-'));
		await writeFile(path.join(root, '.python-version'), `${version}\n`);
		return root;
	}
	const noPyenv = { PYENV_ROOT: '/nonexistent' };

	it('is the one .python-version names (the transcripts were made with it), when python3 is another', async () => {
		process.env.PATH = await fakePythons({ python3: '3.11.2', 'python3.13': '3.13.0' });
		const { py } = await findRuntimes(await projectNaming('3.13.0'), noPyenv);
		expect(py).toEqual({ path: '/opt/python3.13', version: '3.13.0' });
	});

	it('prefers that exact version (pyenv), then one of its line, then python3', async () => {
		const pyenv = await fakePythons({ 'versions/3.13.0/bin/python3': '3.13.0' });
		process.env.PATH = await fakePythons({ python3: '3.11.2', 'python3.13': '3.13.5' });
		const root = await projectNaming('3.13.0');
		expect((await findRuntimes(root, { PYENV_ROOT: pyenv })).py.version).toBe('3.13.0');
		expect((await findRuntimes(root, noPyenv)).py.version).toBe('3.13.5');
		process.env.PATH = await fakePythons({ python3: '3.11.2', 'python3.12': '3.12.1' });
		expect((await findRuntimes(root, noPyenv)).py).toEqual({ path: '/opt/python3', version: '3.11.2' });
	});

	it('takes it even when python3 is too old or missing, and is python3 when it is that version', async () => {
		const root = await projectNaming('3.13.0');
		process.env.PATH = await fakePythons({ python3: '3.10.12', 'python3.13': '3.13.0' });
		expect((await findRuntimes(root, noPyenv)).py.version).toBe('3.13.0');
		process.env.PATH = await fakePythons({ 'python3.13': '3.13.0' });
		expect((await findRuntimes(root, noPyenv)).py.version).toBe('3.13.0');
		process.env.PATH = await fakePythons({ python3: '3.13.0', 'python3.13': '3.13.0' });
		expect((await findRuntimes(root, noPyenv)).py.path).toBe('/opt/python3');
	});
});
