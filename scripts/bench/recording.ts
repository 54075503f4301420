/**
 * `npm run bench:recording`: what the timeline recorder costs. Runs programs through the real sandboxed runner with
 * the recorder on and off, alternating (so a busy moment hits both alike), and compares medians:
 * - per event: programs that make many events (10 000 asyncio steps in Python, 5 000 `performance.measure()` in
 *   Node) and measure the CPU time of their own loop: (CPU on − CPU off) / events;
 * - per run: a few real examples, whose events are few: on − off, which is mostly the recorder's start-up.
 * And, for Python, what the event loop's view adds (python-loop-recorder.py): each program also runs with the
 * recorder on but the loop's view off (`no-loop`); its cost per run is on − no-loop, per loop event (an iteration or
 * a handle it ran) the loop's CPU on − no-loop over those events. `loop` stays inside the loop recorder's bounds
 * (200 iterations); `steps` (10 000 steps) goes past them, where only the cheap counting of what is left out runs.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { discoverExamples } from '../../src/engine/discover/discover.ts';
import { planBuild } from '../../src/engine/plan/plan.ts';
import { parseRecordedEvents } from '../../src/engine/record/events.ts';
import { runExample } from '../../src/engine/run/run-sandboxed.ts';
import { chooseSandbox } from '../../src/engine/run/sandbox.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const root = projectRoot();
const ROUNDS = Number(process.env.ROUNDS ?? 7);
const REAL = ['what-is-asyncio-three-tasks', 'to-thread-ticker', 'threads-io-bound', 'processes-start-methods'];
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = await mkdtemp(path.join(root, 'tests', '.tmp-bench-'));
try {
	for (const file of ['tsconfig.json', 'pyrightconfig.json', 'package.json']) {
		await cp(path.join(root, 'examples', file), path.join(dir, file));
	}
	for (const [id, file] of [
		['steps', 'steps.py'],
		['loop', 'loop.py'],
		['measures', 'measures.ts'],
	]) {
		await cp(path.join(import.meta.dirname, 'recording-cost', file), path.join(dir, id, `${id}${path.extname(file)}`), {
			recursive: true,
		});
	}
	for (const id of REAL) await cp(path.join(root, 'examples', id), path.join(dir, id), { recursive: true });
	await writeFile(path.join(dir, 'measures', 'example.json'), '{ "timeoutMs": 30000 }');
	await writeFile(path.join(dir, 'steps', 'example.json'), '{ "timeoutMs": 30000 }');
	await writeFile(path.join(dir, 'loop', 'example.json'), '{ "timeoutMs": 30000 }');

	const examples = await discoverExamples(dir, root);
	const plan = await planBuild(examples, root, chooseSandbox(process.env));
	console.log(`recording cost, median of ${ROUNDS} runs each, recorder on vs off, alternating`);
	for (const planned of plan.programs) {
		{
			const program = planned.program;
			const on: number[] = [];
			const off: number[] = [];
			const loopOn: number[] = [];
			const loopOff: number[] = [];
			const loopMs = (r: { output: Array<{ text: string }> }) =>
				Number(/loop ms: ([\d.]+)/.exec(r.output.map((c) => c.text).join(''))?.[1] ?? NaN);
			const noLoop: number[] = [];
			// The run's CPU (its cgroup's, where there is one): a loaded machine stretches the wall clock, not this.
			const cpuOn: number[] = [];
			const cpuNoLoop: number[] = [];
			const loopNoLoop: number[] = [];
			const python = program.lang === 'py';
			let events = 0;
			let loopEvents = 0;
			for (let i = 0; i < ROUNDS; i++) {
				const a = await runExample(planned);
				const b = await runExample(planned, { record: false });
				on.push(a.durationMs);
				if (a.cpuMs != null) cpuOn.push(a.cpuMs);
				off.push(b.durationMs);
				loopOn.push(loopMs(a));
				loopOff.push(loopMs(b));
				const recorded = parseRecordedEvents(a.trace ?? '');
				events = recorded.reduce(
					(n, e) => n + (e.type === 'task' ? e.steps.length + 1 : e.type === 'loop' ? e.ran.length + 1 : 1),
					0
				);
				loopEvents = recorded.reduce((n, e) => n + (e.type === 'loop' ? e.ran.length + 1 : 0), 0);
				if (python) {
					const c = await runExample(planned, { record: 'no-loop' });
					noLoop.push(c.durationMs);
					if (c.cpuMs != null) cpuNoLoop.push(c.cpuMs);
					loopNoLoop.push(loopMs(c));
				}
			}
			const cost = median(on) - median(off);
			const loopCost = median(loopOn) - median(loopOff);
			const perEvent = Number.isNaN(loopCost)
				? ''
				: `; CPU of its loop: on ${median(loopOn).toFixed(1)} ms, off ${median(loopOff).toFixed(1)} ms: ${((loopCost * 1000) / events).toFixed(2)} µs per event`;
			console.log(
				`${program.displayPath}: ${events} events; on ${median(on).toFixed(0)} ms, off ${median(off).toFixed(0)} ms: ` +
					`${cost.toFixed(0)} ms per run${perEvent}`
			);
			if (python) {
				const loopCpu = median(loopOn) - median(loopNoLoop);
				const perLoopEvent = Number.isNaN(loopCpu)
					? ''
					: `; CPU of its loop: ${median(loopNoLoop).toFixed(1)} ms without it: ${((loopCpu * 1000) / Math.max(loopEvents, 1)).toFixed(2)} µs per loop event`;
				const cpu =
					cpuOn.length && cpuNoLoop.length
						? `; CPU ${median(cpuOn).toFixed(0)} ms, without it ${median(cpuNoLoop).toFixed(0)} ms: ${(median(cpuOn) - median(cpuNoLoop)).toFixed(0)} ms per run`
						: '';
				console.log(
					`  the loop's view: ${loopEvents} loop events (iterations and handles); without it ${median(noLoop).toFixed(0)} ms: ` +
						`${(median(on) - median(noLoop)).toFixed(0)} ms per run${cpu}${perLoopEvent}`
				);
			}
		}
	}
} finally {
	await rm(dir, { recursive: true, force: true });
}
