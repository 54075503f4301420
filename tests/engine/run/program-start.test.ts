/**
 * What the engine does around a program's start, so that starting is cheap: TypeScript stripped once by the engine
 * (ts-prestrip.ts) instead of by Node in every example, and the CPU time of each run counted (engine/run/cgroup.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import { HARNESS_DIR } from '../../../src/engine/run/languages.ts';
import { planBuild } from '../../../src/engine/plan/plan.ts';
import { runExample } from '../../../src/engine/run/run-sandboxed.ts';
import { chooseSandbox } from '../../../src/engine/run/sandbox.ts';
import { prestripExample } from '../../../src/engine/run/ts-prestrip.ts';
import { examplesDirWith, ROOT } from '../../helpers/examples-dir.ts';

/** An examples folder holding one example `id` with the given files. */
async function exampleWith(id: string, files: Record<string, string>) {
	const dirs = await examplesDirWith([]);
	const dir = path.join(dirs.examplesDir, id);
	await mkdir(dir);
	for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
	const { programs } = await planBuild(
		await discoverExamples(dirs.examplesDir, ROOT),
		ROOT,
		chooseSandbox(process.env)
	);
	return { dir, programs };
}

const text = (output: Array<{ text: string }>) => output.map((c) => c.text).join('');

describe('a TypeScript example', () => {
	it("runs the engine's stripped copy of its code: Node does not strip it again", async () => {
		const { dir } = await exampleWith('stripped', {
			'stripped.ts': "const n: number = 1;\nconsole.log('original', n);\n",
		});
		const folder = await prestripExample(dir);
		const copy = path.join(folder, `${dir}/stripped.ts.js`);
		expect(await readFile(copy, 'utf8')).toBe("const n         = 1;\nconsole.log('original', n);\n");
		// Tampered with, the copy shows that it, and not the file, is what runs.
		await writeFile(copy, "console.log('the copy');\n");
		const preload = pathToFileURL(`${HARNESS_DIR}node-preload.mjs`);
		preload.searchParams.set('stripped', folder);
		const run = spawnSync(process.execPath, ['--import', preload.href, 'stripped.ts'], {
			cwd: dir,
			env: { ...process.env, CONCURRENCY_NOTES_RECORD: '0' },
			encoding: 'utf8',
		});
		expect(run.stdout).toContain('the copy');
	});

	it('fails where `node file.ts` fails: same line and column in the stack trace', async () => {
		const source = 'const n: number = 2;\nconst message: string = `broke at ${n}`; throw new Error(message);\n';
		const { dir, programs } = await exampleWith('stack', { 'stack.ts': source });
		const shown = text((await runExample(programs[0]!)).output);
		const direct = spawnSync(process.execPath, ['stack.ts'], { cwd: dir, encoding: 'utf8' }).stderr;
		const position = /stack\.ts:(\d+:\d+)/;
		expect(position.exec(direct)?.[1]).toBe('2:48');
		expect(position.exec(shown)?.[1]).toBe('2:48');
	});
});

describe('the CPU time of a run', () => {
	it('counts what the program computed, and not what it slept (CI has cgroups: tests/engine/run/sandbox.test.ts)', async () => {
		const burn = 'import time\nwhile time.process_time() < 0.3:\n    pass\n';
		const nap = 'import time\ntime.sleep(1)\n';
		const { programs: burning } = await exampleWith('burn', { 'burn.py': burn });
		const { programs: napping } = await exampleWith('nap', { 'nap.py': nap });
		const burnt = await runExample(burning[0]!);
		const slept = await runExample(napping[0]!);
		expect(burnt.cpuMs).toBeGreaterThanOrEqual(300); // the program made sure of its own 0.3 s
		expect(slept.durationMs).toBeGreaterThanOrEqual(1000);
		expect(slept.cpuMs).toBeLessThan(slept.durationMs / 2); // asleep most of the time
	});
});
