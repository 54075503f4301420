import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { engineMissing, findEngineEnv, findPython, isMissing } from '../../../src/engine/run/toolchain.ts';

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
		expect(engineMissing(env, 'beam')).toEqual({
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
