/**
 * The timeline recorder on real, sandboxed runs: one clock for every process, thread and worker; nothing printed
 * changes; a false claim fails the build; a rebuilt example shows its new timing; a declared race shows its outputs.
 */
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import type { ProgramResult } from '../../../src/engine/model/example-result.ts';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import { runExample } from '../../../src/engine/run/run-sandboxed.ts';
import { planBuild } from '../../../src/engine/plan/plan.ts';
import { chooseSandbox } from '../../../src/engine/run/sandbox.ts';
import { verifyDeterminism, renderRun } from '../../../src/engine/verify/verify-determinism.ts';
import { ROOT, examplesDirWith, failure, recordingEffects } from '../../helpers/examples-dir.ts';

const rowsOf = (program: ProgramResult) => program.timeline!.rows;
type Row = ReturnType<typeof rowsOf>[number];
const row = (program: ProgramResult, label: string) => {
	const found = rowsOf(program).find((r: Row) => r.label === label);
	if (!found) throw new Error(`no row "${label}" in ${rowsOf(program).map((r: Row) => r.label)}`);
	return found;
};

describe('recording', () => {
	it('puts every process, thread and worker on one clock: children started after 300 ms appear after it', async () => {
		const dirs = await examplesDirWith(['one-clock']);
		const { examples } = await buildExamples(dirs, recordingEffects().effects);
		const [py, ts] = examples[0]!.programs;
		// Python: each child records its own start with its own clock (fork, spawn and forkserver alike).
		const children = ['fork child', 'spawn child', 'forkserver child'].map((label) => row(py!, label));
		for (const child of children) expect(child.bars[0]!.start).toBeGreaterThanOrEqual(300);
		for (let i = 1; i < children.length; i++) {
			expect(children[i]!.bars[0]!.start).toBeGreaterThanOrEqual(children[i - 1]!.bars[0]!.end);
		}
		expect(row(py!, 'a thread').bars[0]!.start).toBeGreaterThanOrEqual(children[2]!.bars[0]!.end);
		for (const r of rowsOf(py!).slice(1)) expect(r.bars[0]!.end).toBeLessThanOrEqual(rowsOf(py!)[0]!.bars[0]!.end);
		// Node: the worker and the child mark themselves, each on its own thread or process.
		const worker = rowsOf(ts!).find((r: Row) => r.kind === 'worker')!;
		const child = rowsOf(ts!).find((r: Row) => r.kind === 'child')!;
		expect(child.label).toBe('node one-clock.ts child');
		const workerMark = worker.marks![0]!;
		const childMark = child.marks![0]!;
		expect(workerMark.name).toBe('worker started');
		expect(workerMark.at).toBeGreaterThanOrEqual(300);
		expect(workerMark.at).toBeGreaterThanOrEqual(worker.bars[0]!.start);
		expect(workerMark.at).toBeLessThanOrEqual(worker.bars[0]!.end);
		expect(childMark.at).toBeGreaterThanOrEqual(worker.bars[0]!.end);
		expect(childMark.at).toBeGreaterThanOrEqual(child.bars[0]!.start);
		expect(childMark.at).toBeLessThanOrEqual(child.bars[0]!.end);
	});

	it('records pool workers killed by terminate() from their parent, and never hangs one that was starting', async () => {
		// 61 pools terminated: busy, idle and just-forked workers. A SIGTERM handler in the child once lost the
		// signal when it came just before the worker blocked on the pool's lock: worker and parent hung.
		const dirs = await examplesDirWith(['terminate-pools']);
		const { examples } = await buildExamples(dirs, recordingEffects().effects);
		const rows = rowsOf(examples[0]!.programs[0]!);
		// The last pool's worker, busy with a 10 s sleep, was killed after 0.3 s, and its parent said so.
		const busy = rows.filter(
			(r: Row) => r.kind === 'process' && r.depth > 0 && r.bars[0]!.end - r.bars[0]!.start >= 250
		);
		expect(busy.map((r: Row) => [r.label.replace(/\d+$/, 'N'), r.outcome])).toEqual([
			['ForkPoolWorker-N', 'terminated (signal 15)'],
		]);
	}, 60_000);

	it('does not change what a program prints', async () => {
		// never-retrieved: asyncio reports a failed task nobody awaited only if the recorder leaves its error unread.
		const dirs = await examplesDirWith(['interleave', 'one-clock', 'never-retrieved']);
		const examples = await discoverExamples(dirs.examplesDir, dirs.root);
		const plan = await planBuild(examples, ROOT, chooseSandbox(process.env));
		for (const planned of plan.programs) {
			const program = planned.program;
			const on = await runExample(planned);
			const off = await runExample(planned, { record: false });
			expect(renderRun(on), program.displayPath).toEqual(renderRun(off));
			if (program.displayPath.includes('never-retrieved'))
				expect(renderRun(on).join('\n')).toContain('Task exception was never retrieved');
			expect(on.trace, program.displayPath).toContain('"main"');
			expect(off.trace, program.displayPath).toBe('');
		}
	});

	it('fails the build on a claim that does not hold, naming the example, the claim and what was measured', async () => {
		const dirs = await examplesDirWith(['false-claim']);
		const message = await failure(buildExamples(dirs, recordingEffects().effects));
		expect(message).toContain(
			'example "false-claim" (examples/false-claim/false-claim.py) claim "first and second overlap" does not hold — measured: 1 at once'
		);
	});

	it("draws the real three-task example's bars overlapping, and a changed sleep changes its bar after a rebuild", async () => {
		const dirs = await examplesDirWith([]);
		const id = 'what-is-asyncio-three-tasks';
		const dir = path.join(dirs.examplesDir, id);
		await cp(path.join(ROOT, 'examples', id), dir, { recursive: true });
		const build = async () => (await buildExamples(dirs, recordingEffects().effects)).examples[0]!.programs[0]!;
		const before = await build();
		expect(before.lang).toBe('py');
		const [a, b, c] = ['a', 'b', 'c'].map((label) => row(before, label).bars[0]!);
		const lengths = [a!, b!, c!].map((bar) => bar.end - bar.start);
		expect(lengths[0]).toBeGreaterThanOrEqual(299);
		expect(lengths[1]).toBeGreaterThanOrEqual(199);
		expect(lengths[2]).toBeGreaterThanOrEqual(99);
		// Overlapping: b and c start before a ends; the three together take about the longest, not the sum.
		expect(b!.start).toBeLessThan(a!.end);
		expect(c!.start).toBeLessThan(b!.end);
		const total = Math.max(a!.end, b!.end, c!.end) - Math.min(a!.start, b!.start, c!.start);
		const sum = lengths.reduce((x, y) => x + y, 0);
		expect(total - lengths[0]!).toBeLessThan(sum - total);
		// The example's claims (examples/what-is-asyncio-three-tasks/example.json), the loop's among them, all hold.
		expect(before.claims!.map((claim) => [claim.says, claim.holds])).toEqual([
			['a, b and c wait at the same time', true],
			['a, b and c together take about the longest one (0.3 s), not the sum (0.6 s)', true],
			[expect.stringContaining('all three first run in one later iteration of the loop'), true],
			["c's sleep(0.1) timer is due before b's sleep(0.2)", true],
			["b's sleep(0.2) timer is due before a's sleep(0.3)", true],
		]);

		const file = path.join(dir, `${id}.py`);
		await writeFile(file, (await readFile(file, 'utf8')).replace('run_task("a", 0.3)', 'run_task("a", 0.6)'));
		const after = await build();
		const longer = row(after, 'a').bars[0]!;
		expect(longer.end - longer.start).toBeGreaterThanOrEqual(599);
	});

	it('runs a declared race N times and keeps its distinct outputs; the determinism check accepts it', async () => {
		const dirs = await examplesDirWith(['declared-race', 'nondeterministic']);
		const { examples } = await buildExamples(dirs, recordingEffects().effects);
		const variants = examples.find((e) => e.id === 'declared-race')!.programs[0]!.variants!;
		expect(variants.reduce((n, v) => n + v.count, 0)).toBe(5);
		for (const v of variants) expect(v.text).toMatch(/^a stable first line\na coin: (heads|tails)\n$/);
		const differences = await verifyDeterminism({ ...dirs, quietRuns: 2, busyRuns: 0 }, () => {});
		// The undeclared one is still caught.
		expect(differences.map((d) => d.id)).toEqual(['nondeterministic']);
	});
});
