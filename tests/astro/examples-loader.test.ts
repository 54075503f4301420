import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { devCheckers } from '../../src/engine/check/warm/dev-checkers.ts';
import { examplesLoader } from '../../src/astro/examples-loader.ts';
import { examplesDirWith } from '../helpers/examples-dir.ts';
import { fakeContext } from '../helpers/fake-loader-context.ts';

/** The loader's log without the warm checkers' readiness lines, which come whenever a server is ready. */
const engineLines = (logged: string[]) => logged.filter((line) => !/ is warm \(language server, pid \d+\)/.test(line));

async function loadInDev(cases: string[]) {
	const dirs = await examplesDirWith(cases);
	// Dev mode starts warm checkers: stopped with the test (else with the test process).
	onTestFinished(() => devCheckers(dirs.examplesDir, dirs.root).stop());
	const fake = fakeContext(dirs.root);
	const loader = examplesLoader();
	await loader.load(fake.context);
	/** Sends a watcher event, as Astro's watcher would, and waits until dev mode's runs are done. */
	const emit = async (event: string, file: string) => {
		fake.watcher.emit(event, file);
		await loader.queue!.idle();
	};
	return { ...fake, dirs, loader, emit };
}
const summaries = (logged: string[]) => logged.filter((l) => l.startsWith('examples: '));

describe('examplesLoader', () => {
	it('stores one entry per example, and in dev re-runs only the example whose file changed', async () => {
		const { dirs, entries, logged, watcher, emit } = await loadInDev(['ok', 'interleave']);
		expect([...entries.keys()]).toEqual(['interleave', 'ok']);
		expect(engineLines(logged).at(-1)).toMatch(/^examples: 4 checked, 4 ran, 0 cached, 0 failed in /);
		// The examples, and what decides whether the engine programs run (.venv's stamp, the lock).
		expect(watcher.add).toHaveBeenCalledWith([
			dirs.examplesDir,
			path.join(dirs.root, 'requirements.lock'),
			path.join(dirs.root, '.venv', '.lock-stamp'),
		]);

		const file = path.join(dirs.examplesDir, 'ok', 'ok.ts');
		await writeFile(file, "console.log('edited while the dev server runs');\n");
		logged.length = 0;
		await emit('change', file);
		expect(engineLines(logged).at(-1)).toMatch(/^examples: 4 checked, 1 ran, 1 cached, 0 failed/);
		expect(logged.filter((l) => l.includes('interleave'))).toEqual([]);
		const ts = entries.get('ok')!.data.programs.find((p) => p.lang === 'ts')!;
		expect(ts.output[0]!.text).toBe('edited while the dev server runs\n');

		// Deleting an example's folder removes its entry.
		await rm(path.join(dirs.examplesDir, 'interleave'), { recursive: true });
		await emit('unlinkDir', path.join(dirs.examplesDir, 'interleave'));
		expect([...entries.keys()]).toEqual(['ok']);
	});

	it('reports a broken example in dev without stopping the server', async () => {
		const { dirs, logged, emit } = await loadInDev(['ok']);
		const file = path.join(dirs.examplesDir, 'ok', 'ok.ts');
		await writeFile(file, "const n: number = 'x';\nconsole.log(n);\n");
		await emit('change', file);
		expect(engineLines(logged).at(-1)).toMatch(/^error: 1 error\(s\) in examples, nothing was run:/);
		expect(engineLines(logged).at(-1)).toContain(
			"examples/ok/ok.ts:1:7 TS2322 Type 'string' is not assignable to type 'number'."
		);
	});

	it('survives a save by delete-then-create: runs one after the other, and the last one reads the new file', async () => {
		const { dirs, entries, logged, watcher, loader } = await loadInDev(['ok']);
		const file = path.join(dirs.examplesDir, 'ok', 'ok.ts');
		logged.length = 0;
		await rm(file);
		watcher.emit('unlink', file);
		// The first run is under way, seeing ok.py alone, when the editor writes the new file.
		await vi.waitFor(() => expect(logged.some((l) => l.startsWith('runtimes:'))).toBe(true), {
			interval: 5,
			timeout: 60_000,
		});
		await writeFile(file, "console.log('saved by delete-then-create');\n");
		watcher.emit('add', file);
		await loader.queue!.idle();

		expect(logged.filter((l) => l.startsWith('error'))).toEqual([]);
		expect(summaries(logged)).toHaveLength(2);
		const programs = entries.get('ok')!.data.programs;
		expect(programs.map((p) => p.lang)).toEqual(['py', 'ts']);
		expect(programs[1]!.output[0]!.text).toBe('saved by delete-then-create\n');
	});

	it('checks every program again after a checker config changes, and runs only what its cache key covers', async () => {
		const { dirs, logged, emit } = await loadInDev(['ok', 'interleave']);
		const tsconfig = path.join(dirs.examplesDir, 'tsconfig.json');
		await writeFile(
			tsconfig,
			(await readFile(tsconfig, 'utf8')).replace('"strict": true', '"strict": true, "noUnusedLocals": true')
		);
		logged.length = 0;
		await emit('change', tsconfig);
		// tsc ran again over every program; pyright's inputs did not change. No program's key covers the
		// checkers' configs (they cannot change an output), so nothing ran.
		expect(logged.filter((l) => l.includes('nothing changed'))).toEqual([
			'[cached] pyright: nothing changed since it last passed',
		]);
		expect(summaries(logged)).toEqual([expect.stringMatching(/^examples: 4 checked, 0 ran, 4 cached, 0 failed/)]);
	});
});
