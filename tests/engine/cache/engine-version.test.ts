import { appendFile, cp, mkdtemp } from 'node:fs/promises';
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

describe('engineVersion', () => {
	it('hashes the steps, the harness and shared code, and leaves out dev mode, the drivers, the CLIs and Astro', async () => {
		const files = await engineInputFiles(path.join(ROOT, 'src'));
		expect(files).toContain(path.join('engine', 'run', 'sandbox.ts'));
		expect(files).toContain(path.join('engine', 'run', 'harness', 'python-recorder.py'));
		expect(files).toContain(path.join('engine', 'check', 'tsc.ts'));
		expect(files).toContain(path.join('shared', 'output.ts'));
		for (const file of files) expect(file).not.toMatch(/^(engine\/(check\/warm|dev|off|verify)|cli|astro)\//);
	});

	it('changes when the sandbox changes, and not when a dev-only or CLI file does', async () => {
		const src = await srcCopy();
		const before = await engineVersion(src);
		await appendFile(path.join(src, 'engine', 'check', 'warm', 'lsp-client.ts'), '\n// edited\n');
		await appendFile(path.join(src, 'engine', 'dev', 'sync-queue.ts'), '\n// edited\n');
		await appendFile(path.join(src, 'cli', 'examples-accept.ts'), '\n// edited\n');
		await appendFile(path.join(src, 'astro', 'examples-loader.ts'), '\n// edited\n');
		expect(await engineVersion(src)).toBe(before);
		await appendFile(path.join(src, 'engine', 'run', 'sandbox.ts'), '\n// edited\n');
		expect(await engineVersion(src)).not.toBe(before);
	});
});
