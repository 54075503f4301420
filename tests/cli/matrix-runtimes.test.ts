/**
 * The version matrix's other Nodes are pinned in one place (package.json `versionMatrix`), are not installed by
 * `npm install` (no devDependency, nothing in the lock), and a failed install says what failed and what to run.
 */
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { ensureMatrixRuntimes, matrixRuntimes, missingMatrixRuntimes } from '../../src/cli/matrix-runtimes.ts';
import { ROOT, TMP } from '../helpers/examples-dir.ts';

async function fakeProject(versionMatrix: Record<string, string>) {
	await mkdir(TMP, { recursive: true });
	const root = await mkdtemp(path.join(TMP, 'matrix-'));
	onTestFinished(() => rm(root, { recursive: true, force: true }));
	await writeFile(path.join(root, 'package.json'), JSON.stringify({ name: 'x', versionMatrix }));
	return root;
}

describe('the version matrix runtimes', () => {
	it('are pinned exactly, once, outside devDependencies and the lock', async () => {
		const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8'));
		const pins = matrixRuntimes(ROOT);
		expect(pins.map((r) => r.dir)).toEqual(['node-22', 'node-24']);
		for (const r of pins) expect(r.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(Object.keys(pkg.devDependencies)).not.toContain('node-22');
		expect(Object.keys(pkg.devDependencies)).not.toContain('node-24');
		const lock = JSON.parse(await readFile(path.join(ROOT, 'package-lock.json'), 'utf8'));
		expect(Object.keys(lock.packages).filter((p) => /^node_modules\/node-\d+$/.test(p))).toEqual([]);
	});

	it('refuses a pin that is not exact or names another line than its folder', async () => {
		const range = await fakeProject({ 'node-22': 'npm:node@^22.1.0' });
		expect(() => matrixRuntimes(range)).toThrow(/versionMatrix: "node-22": "npm:node@\^22\.1\.0"/);
		const other = await fakeProject({ 'node-22': 'npm:node@24.21.0' });
		expect(() => matrixRuntimes(other)).toThrow(/expected "node-N": "npm:node@N\.x\.y"/);
	});

	it('counts a runtime at another version as missing', async () => {
		const root = await fakeProject({ 'node-22': 'npm:node@22.23.3' });
		expect(missingMatrixRuntimes(root).map((r) => r.dir)).toEqual(['node-22']);
		const dir = path.join(root, 'node_modules', 'node-22');
		await mkdir(path.join(dir, 'bin'), { recursive: true });
		await writeFile(path.join(dir, 'bin', 'node'), '');
		await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: '22.1.0' }));
		expect(missingMatrixRuntimes(root).map((r) => r.dir)).toEqual(['node-22']);
		await writeFile(path.join(dir, 'package.json'), JSON.stringify({ version: '22.23.3' }));
		expect(missingMatrixRuntimes(root)).toEqual([]);
	});

	it('says what failed and the command to run by hand when npm cannot install them', async () => {
		const root = await fakeProject({ 'node-22': 'npm:node@22.23.3', 'node-24': 'npm:node@24.21.0' });
		const npm = path.join(root, 'npm');
		await writeFile(npm, '#!/bin/sh\necho "npm error code ENOTFOUND (offline)" >&2\nexit 1\n');
		await chmod(npm, 0o755);
		const lines: string[] = [];
		const result = ensureMatrixRuntimes(root, (line) => void lines.push(line), npm);
		expect(lines).toEqual([
			"Installing the version matrix's Node runtimes (Node 22.23.3, Node 24.21.0): " +
				'npm install --no-save node-22@npm:node@22.23.3 node-24@npm:node@24.21.0',
		]);
		expect(result.ok).toBe(false);
		const message = (result as { message: string }).message;
		expect(message).toContain("Could not install the version matrix's Node runtimes (node-22, node-24)");
		expect(message).toContain('npm error code ENOTFOUND (offline)');
		expect(message).toContain('npm install --no-save node-22@npm:node@22.23.3 node-24@npm:node@24.21.0');
	});
});
