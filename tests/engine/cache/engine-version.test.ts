import { appendFile, cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineInputFiles, engineVersion } from '../../../src/engine/cache/engine-version.ts';
import { ROOT } from '../../helpers/examples-dir.ts';

/** A copy of `src/`, so a test can edit the engine without touching the real one. */
async function srcCopy(): Promise<string> {
	const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'engine-version-')), 'src');
	await cp(path.join(ROOT, 'src'), dir, { recursive: true });
	return dir;
}

/** Whether editing this file of a `src/` copy (a line appended) changes the engine's version. */
async function changesVersion(src: string, file: string): Promise<boolean> {
	const before = await engineVersion(src);
	await appendFile(path.join(src, file), '\n# edited\n');
	return (await engineVersion(src)) !== before;
}

describe('engineVersion', () => {
	it('hashes what makes a run or a check, and leaves out dev mode, the drivers, the CLIs and Astro', async () => {
		const files = await engineInputFiles(path.join(ROOT, 'src'));
		expect(files).toContain(path.join('engine', 'run', 'sandbox.ts'));
		expect(files).toContain(path.join('engine', 'run', 'harness', 'python-recorder.py'));
		expect(files).toContain(path.join('engine', 'check', 'tsc.ts'));
		expect(files).toContain(path.join('shared', 'output.ts'));
		for (const file of files)
			expect(file).not.toMatch(/^(engine\/(check\/warm|dev|off|verify|matrix|versions)|cli|astro)\//);
	});

	// Each of these decides what a run prints or a check reports; a version that missed one would keep stale runs.
	it.each([
		'engine/run/sandbox.ts',
		'engine/run/harness/spark/spark-defaults.conf',
		'engine/run/harness/spark/log4j2.properties',
		'engine/run/harness/python-recorder.py',
		'engine/transcripts/format.ts',
		'engine/check/pyright.ts',
		'engine/verdict/run-checks.ts',
		'shared/claims.ts',
	])('changes when %s changes', async (file) => {
		expect(await changesVersion(await srcCopy(), file)).toBe(true);
	});

	it('does not change when a dev-only, driver, CLI or Astro file does', async () => {
		const src = await srcCopy();
		for (const file of [
			'engine/check/warm/lsp-client.ts',
			'engine/dev/sync-queue.ts',
			'engine/off/offline-results.ts',
			'engine/drivers/accept-transcripts.ts',
			'cli/examples-accept.ts',
			'astro/examples-loader.ts',
		])
			expect(await changesVersion(src, file), file).toBe(false);
	});

	it('follows the imports: a new module imported by a step is hashed, and so is a new harness file', async () => {
		const src = await srcCopy();
		await writeFile(path.join(src, 'engine/run/new-step.ts'), 'export const step = 1;\n');
		expect(await changesVersion(src, 'engine/run/new-step.ts')).toBe(false);
		await appendFile(path.join(src, 'engine/run/sandbox.ts'), "\nimport './new-step.ts';\n");
		expect(await changesVersion(src, 'engine/run/new-step.ts')).toBe(true);
		await writeFile(path.join(src, 'engine/run/harness/spark/metrics.properties'), '*.sink=none\n');
		expect(await changesVersion(src, 'engine/run/harness/spark/metrics.properties')).toBe(true);
	});

	// Python writes bytecode beside the harness wherever the sandbox leaves the filesystem writable (namespaces,
	// process-group): what Python derives from a source must not change every cache key.
	it('ignores the bytecode Python leaves in the harness', async () => {
		const src = await srcCopy();
		const before = await engineVersion(src);
		await mkdir(path.join(src, 'engine/run/harness/__pycache__'), { recursive: true });
		await writeFile(path.join(src, 'engine/run/harness/__pycache__/python-recorder.cpython-313.pyc'), 'bytecode');
		expect(await engineVersion(src)).toBe(before);
	});
});
