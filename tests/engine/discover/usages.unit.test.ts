import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/shared/closest.ts';
import { findUsages, unknownIdProblems } from '../../../src/engine/discover/usages.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';

describe('findUsages', () => {
	it('maps each example id to the pages that show it, attributes in any order and across lines', async () => {
		const { root, contentDir } = await examplesDirWith([]);
		await mkdir(path.join(contentDir, 'asyncio'));
		await writeFile(
			path.join(contentDir, 'asyncio', 'gather.mdx'),
			`<Example lang="ts"\n  id='gather-order' />\n<Example id="sleep-zero"/>`
		);
		await writeFile(path.join(contentDir, 'index.mdx'), '<Example id="gather-order" />\n<Example lang="py" />');
		const usages = await findUsages(contentDir, root);
		expect(Object.fromEntries(usages)).toEqual({
			'gather-order': ['content/asyncio/gather.mdx', 'content/index.mdx'],
			'sleep-zero': ['content/asyncio/gather.mdx'],
			'': ['content/index.mdx'],
		});
		expect(unknownIdProblems(usages, ['gather-order', 'sleep-zero'])).toEqual([
			'content/index.mdx: <Example> needs an id naming a folder of examples/, e.g. <Example id="gather-order" />',
		]);
	});
});

describe('findUsages in code', () => {
	it('does not count an <Example> shown as code: in a fence or in an inline code span', async () => {
		const { root, contentDir } = await examplesDirWith([]);
		const page = [
			'<Example id="real" />',
			'Write `<Example id="inline-code" />` on the page.',
			'```mdx',
			'<Example id="in-a-fence" />',
			'```',
			'~~~~',
			'```',
			'<Example id="in-a-tilde-fence" />',
			'~~~~',
			'<Example id="after-the-fences" />',
		].join('\n');
		await writeFile(path.join(contentDir, 'writing.mdx'), page);
		expect([...(await findUsages(contentDir, root)).keys()]).toEqual(['real', 'after-the-fences']);
	});
});

describe('closest', () => {
	it('suggests the nearest id', () => {
		expect(closest('gather-ordr', ['sleep-zero', 'gather-order', 'gather-first-error'])).toBe('gather-order');
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(closest('x', [])).toBeUndefined();
	});
});
