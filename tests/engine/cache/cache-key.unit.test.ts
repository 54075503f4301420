import { cp, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, hashFiles, type CacheKeyInput } from '../../../src/engine/cache/cache-key.ts';

/** An example folder with a program, its twin and an input file, in a fresh temporary folder. */
async function exampleDir(): Promise<string> {
	const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'cache-key-')), 'demo');
	await mkdir(path.join(dir, 'data'), { recursive: true });
	await writeFile(path.join(dir, 'demo.py'), 'print("hi")\n');
	await writeFile(path.join(dir, 'demo.ts'), "console.log('hi');\n");
	await writeFile(path.join(dir, 'data', 'input.txt'), 'a line\n');
	return dir;
}
const input = (dir: string, over: Partial<CacheKeyInput> = {}): CacheKeyInput => ({
	dir,
	exclude: ['demo.ts'],
	lang: 'py',
	toolchain: { engine: 'e1', runtime: '3.11.7' },
	options: { timeoutMs: 5000 },
	...over,
});

describe('cacheKey', () => {
	it('is the same for the same files in another folder: only contents and relative names count', async () => {
		const dir = await exampleDir();
		const copy = path.join(await mkdtemp(path.join(os.tmpdir(), 'elsewhere-')), 'demo');
		await cp(dir, copy, { recursive: true });
		expect(await cacheKey(input(copy))).toBe(await cacheKey(input(dir)));
	});

	it('changes with any file of the example, even in a subfolder, but not with the twin', async () => {
		const dir = await exampleDir();
		const before = await cacheKey(input(dir));
		await writeFile(path.join(dir, 'demo.ts'), "console.log('changed');\n");
		expect(await cacheKey(input(dir))).toBe(before);
		await writeFile(path.join(dir, 'data', 'input.txt'), 'another line\n');
		expect(await cacheKey(input(dir))).not.toBe(before);
	});

	it('changes with a file renamed, the language, the toolchain and the options', async () => {
		const dir = await exampleDir();
		const keys = new Set([
			await cacheKey(input(dir)),
			await cacheKey(input(dir, { lang: 'ts' })),
			await cacheKey(input(dir, { toolchain: { engine: 'e2', runtime: '3.11.7' } })),
			await cacheKey(input(dir, { options: { timeoutMs: 4000 } })),
		]);
		await cp(path.join(dir, 'data', 'input.txt'), path.join(dir, 'data', 'renamed.txt'));
		keys.add(await cacheKey(input(dir, { exclude: ['demo.ts', 'data/input.txt'] })));
		expect(keys.size).toBe(5);
	});

	it('fails on a file it cannot read, instead of leaving it out of the key', async () => {
		const dir = await exampleDir();
		await symlink(path.join(dir, 'gone.txt'), path.join(dir, 'data', 'dangling.txt'));
		await expect(cacheKey(input(dir))).rejects.toThrow(/ENOENT/);
	});
});

describe('hashFiles', () => {
	it('hashes relative names and contents, not where the folder is', async () => {
		const dir = await exampleDir();
		const copy = path.join(await mkdtemp(path.join(os.tmpdir(), 'elsewhere-')), 'demo');
		await cp(dir, copy, { recursive: true });
		const files = ['demo.py', 'data/input.txt'];
		expect(await hashFiles(files, copy)).toBe(await hashFiles(files, dir));
		expect(await hashFiles(['demo.py'], dir)).not.toBe(await hashFiles(files, dir));
	});
});
