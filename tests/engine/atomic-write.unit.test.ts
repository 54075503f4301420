import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../src/engine/atomic-write.ts';

const folder = () => mkdtemp(path.join(os.tmpdir(), 'atomic-write-'));

describe('atomicWrite', () => {
	it('writes a new file and replaces an old one, leaving nothing else in the folder', async () => {
		const dir = await folder();
		const file = path.join(dir, 'entry.json');
		await atomicWrite(file, 'first');
		await atomicWrite(file, 'second');
		expect(await readFile(file, 'utf8')).toBe('second');
		expect(await readdir(dir)).toEqual(['entry.json']);
	});

	it('leaves the old file whole, and no temporary file, when the write fails halfway', async () => {
		const dir = await folder();
		const file = path.join(dir, 'gather.py.out');
		await writeFile(file, 'old transcript\n');
		async function* halfThenFail() {
			yield 'half of the new ';
			throw new Error('interrupted');
		}
		await expect(atomicWrite(file, halfThenFail())).rejects.toThrow('interrupted');
		expect(await readFile(file, 'utf8')).toBe('old transcript\n');
		expect(await readdir(dir)).toEqual(['gather.py.out']);
	});

	it('keeps concurrent writes of one file apart: the file ends as one of them, whole', async () => {
		const dir = await folder();
		const file = path.join(dir, 'entry.json');
		const texts = ['a'.repeat(100_000), 'b'.repeat(100_000), 'c'.repeat(100_000)];
		await Promise.all(texts.map((text) => atomicWrite(file, text)));
		expect(texts).toContain(await readFile(file, 'utf8'));
		expect(await readdir(dir)).toEqual(['entry.json']);
	});
});
