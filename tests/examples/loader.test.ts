import { EventEmitter } from 'node:events';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { ExampleResultSchema, type ExampleResult } from '../../src/examples/example-result.ts';
import { examplesLoader } from '../../src/examples/loader.ts';
import { examplesDirWith } from '../helpers/examples-dir.ts';

/** The parts of Astro's loader context the examples loader uses, in memory. */
function fakeContext(root: string) {
	const entries = new Map<string, { id: string; data: ExampleResult; digest?: string }>();
	const logged: string[] = [];
	const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
	const context = {
		store: {
			keys: () => [...entries.keys()],
			set: (entry: { id: string; data: ExampleResult; digest?: string }) => void entries.set(entry.id, entry),
			delete: (id: string) => void entries.delete(id),
		},
		logger: { info: (l: string) => void logged.push(l), error: (l: string) => void logged.push(`error: ${l}`) },
		config: { root: pathToFileURL(`${root}/`) },
		watcher,
		generateDigest: (data: unknown) => JSON.stringify(data).length.toString(),
		// Astro validates with the loader's schema: so does the fake.
		parseData: async ({ data }: { data: unknown }) => ExampleResultSchema.parse(data),
	} as unknown as LoaderContext;
	return { context, entries, logged, watcher };
}

describe('examplesLoader', () => {
	it('stores one entry per example, and in dev re-runs only the example whose file changed', async () => {
		const dirs = await examplesDirWith(['ok', 'interleave']);
		const { context, entries, logged, watcher } = fakeContext(dirs.root);
		await examplesLoader().load(context);
		expect([...entries.keys()]).toEqual(['interleave', 'ok']);
		expect(logged.at(-1)).toMatch(/^examples: 4 checked, 4 ran, 0 cached, 0 failed in /);
		expect(watcher.add).toHaveBeenCalledWith(dirs.examplesDir);

		const file = path.join(dirs.examplesDir, 'ok', 'ok.ts');
		await writeFile(file, "console.log('edited while the dev server runs');\n");
		logged.length = 0;
		watcher.emit('change', file);
		await vi.waitFor(() => expect(logged.at(-1)).toMatch(/^examples: 4 checked, 1 ran, 1 cached, 0 failed/), {
			timeout: 15_000,
		});
		expect(logged.filter((l) => l.includes('interleave'))).toEqual([]);
		const ts = entries.get('ok')!.data.programs.find((p) => p.lang === 'ts')!;
		expect(ts.output[0]!.text).toBe('edited while the dev server runs\n');

		// Deleting an example's folder removes its entry.
		await rm(path.join(dirs.examplesDir, 'interleave'), { recursive: true });
		watcher.emit('unlinkDir', path.join(dirs.examplesDir, 'interleave'));
		await vi.waitFor(() => expect([...entries.keys()]).toEqual(['ok']), { timeout: 15_000 });
	});

	it('reports a broken example in dev without stopping the server', async () => {
		const dirs = await examplesDirWith(['ok']);
		const { context, logged, watcher } = fakeContext(dirs.root);
		await examplesLoader().load(context);
		const file = path.join(dirs.examplesDir, 'ok', 'ok.ts');
		await writeFile(file, "const n: number = 'x';\nconsole.log(n);\n");
		watcher.emit('change', file);
		await vi.waitFor(() => expect(logged.at(-1)).toMatch(/^error: 1 error\(s\) in examples, nothing was run:/), {
			timeout: 15_000,
		});
		expect(logged.at(-1)).toContain("examples/ok/ok.ts:1:7 TS2322 Type 'string' is not assignable to type 'number'.");
	});
});
