/**
 * `npm run bench:recording`: what the timeline recorder costs. Runs programs through the real sandboxed runner with
 * the recorder on and off, alternating (so a busy moment hits both alike), and compares medians:
 * - per event: programs that make many events (10 000 asyncio steps in Python, 5 000 `performance.measure()` in
 *   Node, 27 000 callbacks the Node loop recorder sees: promise jobs, nextTicks, immediates) and measure the CPU time
 *   of their own loop: (CPU on − CPU off) / events (a loop callback past the recorder's bounds, counted not sent, is
 *   one event too);
 * - per run: a few real examples, whose events are few: on − off, which is mostly the recorder's start-up (the
 *   event-loop page's Node programs among them, whose callbacks the loop recorder records).
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
const REAL = [
	'what-is-asyncio-three-tasks',
	'to-thread-ticker',
	'threads-io-bound',
	'processes-start-methods',
	'node-loop-queues',
	'node-loop-io-callback',
	'node-loop-starvation',
];
/** The loop recorder's callbacks in a run's events: those sent (`loop`, `loop-ran`) and those counted past its bounds. */
function loopCallbacks(trace: string): number {
	let callbacks = 0;
	for (const line of trace.split('\n')) {
		if (!line.startsWith('["loop')) continue;
		const event = JSON.parse(line) as unknown[];
		if (event[0] === 'loop') callbacks += (event[10] as unknown[]).length;
		else if (event[0] === 'loop-ran') callbacks += (event[4] as unknown[]).length;
		else if (event[0] === 'loop-dropped') callbacks += event[3] as number;
	}
	return callbacks;
}
const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const dir = await mkdtemp(path.join(root, 'tests', '.tmp-bench-'));
try {
	for (const file of ['tsconfig.json', 'pyrightconfig.json', 'package.json']) {
		await cp(path.join(root, 'examples', file), path.join(dir, file));
	}
	for (const [id, file] of [
		['steps', 'steps.py'],
		['measures', 'measures.ts'],
		['callbacks', 'callbacks.ts'],
	]) {
		await cp(path.join(import.meta.dirname, 'recording-cost', file), path.join(dir, id, `${id}${path.extname(file)}`), {
			recursive: true,
		});
	}
	for (const id of REAL) await cp(path.join(root, 'examples', id), path.join(dir, id), { recursive: true });
	await writeFile(path.join(dir, 'measures', 'example.json'), '{ "timeoutMs": 30000 }');
	await writeFile(path.join(dir, 'steps', 'example.json'), '{ "timeoutMs": 30000 }');
	await writeFile(path.join(dir, 'callbacks', 'example.json'), '{ "timeoutMs": 30000 }');

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
			let events = 0;
			for (let i = 0; i < ROUNDS; i++) {
				const a = await runExample(planned);
				const b = await runExample(planned, { record: false });
				on.push(a.durationMs);
				off.push(b.durationMs);
				loopOn.push(loopMs(a));
				loopOff.push(loopMs(b));
				events =
					parseRecordedEvents(a.trace ?? '').reduce(
						(n, e) => n + (e.type === 'task' ? e.steps.length + 1 : e.type.startsWith('loop') ? 0 : 1),
						0
					) + loopCallbacks(a.trace ?? '');
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
		}
	}
} finally {
	await rm(dir, { recursive: true, force: true });
}
