/**
 * The Node loop recorder (harness/node-loop-recorder.mjs) on real, sandboxed runs of small programs
 * (tests/fixtures/examples/node-loop-*): the raw wire events it sends, checked against what Node guarantees.
 */
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import { planBuild } from '../../../src/engine/plan/plan.ts';
import { runExample } from '../../../src/engine/run/run-sandboxed.ts';
import { chooseSandbox } from '../../../src/engine/run/sandbox.ts';
import { outputText } from '../../../src/shared/output.ts';
import { ROOT, examplesDirWith, recordingEffects } from '../../helpers/examples-dir.ts';

interface Ran {
	label: string;
	cause: string;
	start: number;
	end: number;
	out: [number, number];
	line: number | null;
}
interface Iteration {
	n: number;
	start: number;
	end: number;
	waited: number;
	wokeBy: string;
	ready: string[];
	timers: Array<{ label: string; due: number }>;
	ran: Ran[];
}

const ms = (ns: unknown) => Number(BigInt(String(ns))) / 1e6;
const ranOf = (list: unknown[][]): Ran[] =>
	list.map(([label, , cause, start, end, first, last, line]) => ({
		label: String(label),
		cause: String(cause),
		start: ms(start),
		end: ms(end),
		out: [Number(first), Number(last)],
		line: line as number | null,
	}));

/** Runs one fixture with the recorder on and off; its loop events, read as the wire format says, and its output. */
async function record(id: string) {
	const dirs = await examplesDirWith([id]);
	const plan = await planBuild(await discoverExamples(dirs.examplesDir, dirs.root), ROOT, chooseSandbox(process.env));
	const planned = plan.programs[0]!;
	const on = await runExample(planned);
	const off = await runExample(planned, { record: false });
	expect(on.exitCode, outputText(on.output)).toBe(0);
	// The recorder changes nothing the program prints.
	expect(outputText(on.output)).toBe(outputText(off.output));
	const iterations: Iteration[] = [];
	let dropped = 0;
	for (const line of on.trace!.split('\n')) {
		if (!line) continue;
		const e = JSON.parse(line) as unknown[];
		if (e[0] === 'loop') {
			expect(e[2]).toBe('main');
			iterations.push({
				n: e[3] as number,
				start: ms(e[4]),
				end: ms(e[5]),
				waited: ms(e[6]),
				wokeBy: e[7] as string,
				ready: e[8] as string[],
				timers: (e[9] as Array<[string, string]>).map(([label, due]) => ({ label, due: ms(due) })),
				ran: ranOf(e[10] as unknown[][]),
			});
		} else if (e[0] === 'loop-ran') {
			expect(e[3]).toBe(iterations.at(-1)!.n);
			iterations.at(-1)!.ran.push(...ranOf(e[4] as unknown[][]));
		} else if (e[0] === 'loop-dropped') dropped += e[3] as number;
		// Every line fits a pipe's atomic write with its frame.
		expect(Buffer.byteLength(line)).toBeLessThan(3950);
	}
	const lines = outputText(on.output).split('\n');
	/** The iteration and the handle that printed `text`. */
	const printed = (text: string) => {
		const at = lines.indexOf(text);
		for (const iteration of iterations) {
			const handle = iteration.ran.find((h) => h.out[0] <= at && at < h.out[1]);
			if (handle) return { iteration, handle };
		}
		throw new Error(`no handle printed "${text}"`);
	};
	/** The iteration and the handle labelled `label`. */
	const ran = (label: string) => {
		for (const iteration of iterations) {
			const handle = iteration.ran.find((h) => h.label === label);
			if (handle) return { iteration, handle };
		}
		throw new Error(`no handle "${label}" in ${iterations.flatMap((i) => i.ran.map((h) => h.label))}`);
	};
	return { iterations, dropped, printed, ran };
}

describe('the Node loop recorder', () => {
	it('records, inside a check callback, its nextTick before its promise job, each with the line it printed', async () => {
		const { iterations, printed, ran } = await record('node-loop-queues');
		const check = ran('inCheck');
		const tick = printed('nextTick');
		const job = printed('promise job');
		expect(check.handle.cause).toBe('check');
		expect(check.handle.out).toEqual([0, 1]);
		expect(tick.handle).toMatchObject({ label: 'tick', cause: 'nextTick', out: [1, 2] });
		expect(job.handle).toMatchObject({ label: 'promise', cause: 'promise', out: [2, 3] });
		// All in the loop's first turn (turn 1 is the main module's), in that order, one after the other.
		expect([check, tick, job].map((found) => found.iteration.n)).toEqual([2, 2, 2]);
		const order = check.iteration.ran;
		expect(order.indexOf(check.handle)).toBeLessThan(order.indexOf(tick.handle));
		expect(order.indexOf(tick.handle)).toBeLessThan(order.indexOf(job.handle));
		expect(tick.handle.start).toBeGreaterThanOrEqual(check.handle.end);
		// Node shows no ready queue and no source line: none is invented.
		expect(iterations.every((i) => i.ready.length === 0)).toBe(true);
		expect(iterations.flatMap((i) => i.ran).every((h) => h.line === null)).toBe(true);
	});

	it("runs an I/O callback's immediate in the check phase of the same turn, and its 0 ms timer in a later one", async () => {
		const { printed, ran } = await record('node-loop-io');
		const io = printed('read');
		expect(io.handle.cause).toBe('poll');
		expect(io.handle.label).toBe('FSREQCALLBACK');
		const immediate = ran('immediateFromIo');
		const timer = ran('timerFromIo');
		expect(immediate.handle.cause).toBe('check');
		expect(immediate.iteration.n).toBe(io.iteration.n);
		expect(timer.handle.cause).toBe('timers');
		expect(timer.iteration.n).toBeGreaterThan(io.iteration.n);
	});

	it('from the main module, runs the immediate in the first turn and the 0 ms timer in the first or the second', async () => {
		const { ran } = await record('node-loop-zero');
		const zero = ran('zero');
		const immediate = ran('immediate');
		expect(zero.handle.cause).toBe('timers');
		expect(immediate.handle.cause).toBe('check');
		expect(immediate.iteration.n).toBe(2);
		// The timer comes first when it was due as the loop began: then both ran in that one turn.
		if (zero.handle.start < immediate.handle.start) expect(zero.iteration.n).toBe(2);
		else expect(zero.iteration.n).toBe(3);
	});

	it('shows a callback that spins as one long handle, in the turn after the wait for it, with no other one during it', async () => {
		const { iterations, ran } = await record('node-loop-busy');
		const busy = ran('busy');
		expect(busy.handle.cause).toBe('timers');
		expect(busy.handle.end - busy.handle.start).toBeGreaterThanOrEqual(300);
		// The loop waited for it in the poll phase of the turn before, which ran nothing: timers run at a turn's start.
		const waiting = iterations.find((i) => i.n === busy.iteration.n - 1)!;
		expect(waiting).toMatchObject({ wokeBy: 'timer', ran: [] });
		expect(waiting.waited).toBeGreaterThan(5);
		expect(busy.iteration).toMatchObject({ wokeBy: 'ready', waited: 0 });
		// Its timer was pending as that turn began, and due by then (Node's loop clock counts whole ms).
		const pending = busy.iteration.timers.find((t) => t.label === 'busy')!;
		expect(pending.due).toBeLessThanOrEqual(busy.iteration.start + 2);
		const others = iterations.flatMap((i) => i.ran).filter((h) => h !== busy.handle);
		for (const other of others) expect(other.end <= busy.handle.start || other.start >= busy.handle.end).toBe(true);
		// The second timer, due 10 ms later, ran after the spin, in the next turn's timers phase.
		const after = ran('after');
		expect(after.handle.start).toBeGreaterThanOrEqual(busy.handle.end);
	});

	it("reaches the page's Timeline.loop: the main thread's turns in ms from the run's start, beside its rows", async () => {
		const dirs = await examplesDirWith(['node-loop-busy']);
		const program = (await buildExamples(dirs, recordingEffects().effects)).examples[0]!.programs[0]!;
		const timeline = program.timeline!;
		const view = timeline.loop!;
		if (!('loops' in view)) throw new Error(`loop unseen: ${view.unseen}`);
		expect(view.loops.map((loop) => [loop.where, loop.dropped])).toEqual([['main', 0]]);
		const { iterations } = view.loops[0]!;
		expect(iterations.map((i) => i.n)).toEqual(iterations.map((_, index) => index + 1));
		const busy = iterations.flatMap((i) => i.ran).find((h) => h.label === 'busy')!;
		expect(busy).toMatchObject({ cause: 'timers', out: [0, 1] });
		expect(busy.end - busy.start).toBeGreaterThanOrEqual(300);
		// On the timeline's clock: after the 30 ms timer, within the main process's bar.
		const main = timeline.rows[0]!.bars[0]!;
		expect(busy.start).toBeGreaterThanOrEqual(30);
		expect(busy.end).toBeLessThanOrEqual(main.end);
		expect(busy.line).toBeUndefined();
	});

	it('counts a chain of immediates one turn each, within its bounds, and says how many callbacks it left out', async () => {
		const { iterations, dropped } = await record('node-loop-chain');
		// 1000 turns at most, and 64 KiB of events: the engine stops a run whose pipe carries 256 KiB.
		expect(iterations.length).toBeGreaterThan(300);
		expect(iterations.length).toBeLessThanOrEqual(1000);
		expect(iterations.map((i) => i.n)).toEqual(iterations.map((_, index) => index + 1));
		const links = iterations.slice(1).map((i) => i.ran.map((h) => `${h.cause} ${h.label}`));
		expect(links.every((ran) => ran.length === 1 && ran[0] === 'check link')).toBe(true);
		expect(dropped).toBe(1500 - links.length);
	});
});
