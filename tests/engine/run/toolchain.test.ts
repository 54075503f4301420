import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPython } from '../../../src/engine/run/toolchain.ts';

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
