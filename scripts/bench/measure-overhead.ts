/**
 * What the engine adds to every program, whatever it does: the sandbox, the harness, and the runtime's start, from
 * spawn to exit, measured on an empty program per language (the engine's own RunResult.durationMs), as the median
 * of several runs one after the other.
 */
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { discoverExamples } from '../../src/engine/discover/discover.ts';
import { planBuild } from '../../src/engine/plan/plan.ts';
import { runExample } from '../../src/engine/run/run-sandboxed.ts';
import { chooseSandbox } from '../../src/engine/run/sandbox.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

export const median = (values: number[]): number => {
	const sorted = values.toSorted((a, b) => a - b);
	const middle = sorted.length >> 1;
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Median spawn-to-exit time and CPU time of an empty program, per language, in ms, over `runs` runs of each. */
export async function measureOverhead(
	root: string,
	{ runs: count = 15 } = {}
): Promise<Record<'ts' | 'py', { wallMs: number; cpuMs: number | null }>> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-overhead-'));
	try {
		const examplesDir = path.join(dir, 'examples');
		await mkdir(path.join(examplesDir, 'empty'), { recursive: true });
		// As in the real examples folder: its package.json makes `.ts` files ES modules.
		await copyFile(path.join(root, 'examples', 'package.json'), path.join(examplesDir, 'package.json'));
		await writeFile(path.join(examplesDir, 'empty', 'empty.ts'), '');
		await writeFile(path.join(examplesDir, 'empty', 'empty.py'), '');
		const { programs } = await planBuild(await discoverExamples(examplesDir, root), root, chooseSandbox(process.env));
		const result = {} as Record<'ts' | 'py', { wallMs: number; cpuMs: number | null }>;
		for (const plan of programs) {
			const runs = [];
			for (let i = 0; i < count; i++) runs.push(await runExample(plan));
			const cpu = runs.map((r) => r.cpuMs);
			result[plan.program.lang] = {
				wallMs: median(runs.map((r) => r.durationMs)),
				cpuMs: cpu.every((ms) => ms !== undefined) ? median(cpu as number[]) : null,
			};
		}
		return result;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	console.log(JSON.stringify(await measureOverhead(projectRoot())));
}
