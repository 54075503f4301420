/**
 * How long the engine programs take on a loaded machine, the measure their default timeouts are set from
 * (discover/metadata.ts ENGINE_DEFAULTS): every program of examples/ that runs on an engine, one at a time, sandboxed
 * as the build runs it, with every core kept busy by a spinning process (as `npm run examples:verify` does). Prints
 * one JSON line per program, then the longest per engine.
 *
 *   node scripts/bench/engine-start.ts [id …]
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { discoverExamples } from '../../src/engine/discover/discover.ts';
import { planBuild } from '../../src/engine/plan/plan.ts';
import { runExample } from '../../src/engine/run/run-sandboxed.ts';
import { chooseSandbox } from '../../src/engine/run/sandbox.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const root = projectRoot();
const only = process.argv.slice(2);
const examples = (await discoverExamples(path.join(root, 'examples'), root)).filter(
	(e) => !only.length || only.includes(e.id)
);
const { programs } = await planBuild(examples, root, chooseSandbox(process.env));
const engines = programs.filter((p) => p.engine && !p.missing);
const burners = Array.from({ length: os.availableParallelism() }, () =>
	spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
);
const longest: Record<string, number> = {};
try {
	for (const plan of engines) {
		const run = await runExample(plan);
		const seconds = run.durationMs / 1000;
		const id = plan.engine!.id;
		longest[id] = Math.max(longest[id] ?? 0, seconds);
		const cpu = run.cpuMs === undefined ? null : run.cpuMs / 1000;
		console.log(JSON.stringify({ program: plan.program.displayPath, engine: id, status: run.status, seconds, cpu }));
	}
} finally {
	for (const burner of burners) burner.kill('SIGKILL');
}
console.log(JSON.stringify({ longest_s: longest, cores: os.availableParallelism(), loadavg: os.loadavg() }));
