/**
 * A recorded loop (shared/loop.ts) as the steps a reader goes through, and the words for what each step shows: the
 * no-JavaScript table (components/views/loop-view.ts), the stepper (browser/loop/) and the iteration a prediction asks
 * about (browser/practice/) all read a run through here, so the three say the same thing. Pure; isomorphic.
 */
import type { LoopCause, LoopHandle, LoopIteration, LoopRecord, LoopView } from './loop.ts';

/** One step: a handle the loop ran, or an iteration that ran nothing (the loop only waited). */
export interface LoopStep {
	/** Index into `loops`. */
	loop: number;
	/** Index into that loop's `iterations`. */
	iteration: number;
	/** Index into that iteration's `ran`, or -1 for an iteration that ran nothing. */
	handle: number;
}

/** Who put a handle in the ready queue, in a reader's words. */
const CAUSES: Record<LoopCause, string> = {
	create_task: 'create_task: its first step',
	yield: 'it yielded (sleep(0)) and rescheduled itself',
	future: 'a future it waited on completed',
	timer: 'its timer came due',
	io: 'I/O became ready',
	call_soon: 'call_soon',
	call_soon_threadsafe: 'call_soon_threadsafe from another thread',
	timers: 'timers phase',
	poll: 'poll phase (I/O)',
	check: 'check phase (setImmediate)',
	close: 'close callbacks phase',
	nextTick: 'process.nextTick queue',
	promise: 'promise job (microtask)',
	other: 'not named by the recorder',
};

export const causeText = (cause: LoopCause): string => CAUSES[cause] ?? cause;

/** Why the loop stopped waiting (or did not wait) before the iteration ran its handles. */
export function wokeText(iteration: Pick<LoopIteration, 'wokeBy' | 'waited'>): string {
	switch (iteration.wokeBy) {
		case 'ready':
			return 'did not wait: something was ready';
		case 'timer':
			return 'a timer came due';
		case 'io':
			return 'I/O became ready';
		case 'thread':
			return 'woken from another thread';
		case 'none':
			return iteration.waited > 0 ? 'no reason recorded' : 'did not wait';
	}
}

/** Milliseconds as the timeline writes them (components/views/timeline-svg.ts `formatMs`, which the browser cannot import). */
export const ms = (value: number): string =>
	value === 0
		? '0 ms'
		: `${value < 1 ? value.toFixed(2) : value < 10 ? value.toFixed(1) : Math.round(value).toString()} ms`;

/**
 * Whether the record holds a ready queue at all: Node's does not (it reports no queue), and a page shows no empty
 * column or box for what was never recorded.
 */
export const recordsReadyQueue = (loops: LoopRecord[]): boolean =>
	loops.some((l) => l.iterations.some((it) => it.ready.length > 0));

/** Every step of every loop, in the order the loops ran them. */
export function loopSteps(loops: LoopRecord[]): LoopStep[] {
	const steps: LoopStep[] = [];
	loops.forEach((record, loop) =>
		record.iterations.forEach((it, iteration) => {
			if (it.ran.length === 0) steps.push({ loop, iteration, handle: -1 });
			else it.ran.forEach((_, handle) => steps.push({ loop, iteration, handle }));
		})
	);
	return steps;
}

/** The handle a step names, or null for an iteration that ran nothing. */
export function stepHandle(loops: LoopRecord[], step: LoopStep): LoopHandle | null {
	return loops[step.loop]?.iterations[step.iteration]?.ran[step.handle] ?? null;
}

/** The index of the step whose handle printed output line `line` (0-based), or -1 when no recorded handle did. */
export function stepOfOutputLine(loops: LoopRecord[], steps: LoopStep[], line: number): number {
	return steps.findIndex((step) => {
		const out = stepHandle(loops, step)?.out;
		return !!out && out[0] <= line && line < out[1];
	});
}

/** The loop and iteration in which output line `line` (0-based) was printed, or null when no recorded handle did. */
export function printedIn(
	view: LoopView | undefined,
	line: number
): { record: LoopRecord; iteration: LoopIteration } | null {
	if (!view || !('loops' in view)) return null;
	for (const record of view.loops)
		for (const iteration of record.iterations)
			if (iteration.ran.some((h) => printed(h.out) && h.out[0] <= line && line < h.out[1]))
				return { record, iteration };
	return null;
}

/**
 * The iteration (its `n`) in which output line `line` (0-based) was printed: what a prediction asks and reveals.
 * Null when the loop was not seen, or no recorded handle printed that line.
 */
export const iterationOfOutputLine = (view: LoopView | undefined, line: number): number | null =>
	printedIn(view, line)?.iteration.n ?? null;

/** Whether a handle printed anything: the recorder gives an empty range (`[4, 4]`) to a handle that printed nothing. */
export const printed = (out: [number, number] | undefined): out is [number, number] => !!out && out[1] > out[0];

/** `1 line` / `lines 2–3` (1-based, as a reader counts them), or '' when the handle printed nothing. */
export function outLines(out: [number, number] | undefined): string {
	if (!printed(out)) return '';
	return out[1] - out[0] === 1 ? `output line ${out[0] + 1}` : `output lines ${out[0] + 1}–${out[1]}`;
}

/** What a step shows, in one sentence for the stepper's live region. */
export function describeStep(loops: LoopRecord[], step: LoopStep): string {
	const record = loops[step.loop]!;
	const it = record.iterations[step.iteration]!;
	const where = loops.length > 1 ? ` (${record.where})` : '';
	// With something ready the selector is only polled: the time it took is not a wait.
	const wait = it.waited > 0 && it.wokeBy !== 'ready' ? `waited ${ms(it.waited)}, then ${wokeText(it)}` : wokeText(it);
	const head = `Iteration ${it.n} of ${record.iterations.length}${where}: ${wait}.`;
	const handle = stepHandle(loops, step);
	if (!handle) return `${head} It ran nothing.`;
	const parts = [
		`Running ${handle.label} (${step.handle + 1} of ${it.ran.length}): ${causeText(handle.cause)}`,
		handle.line ? `at line ${handle.line}` : '',
		printed(handle.out) ? `printed ${outLines(handle.out)}` : '',
	].filter(Boolean);
	return `${head} ${parts.join(', ')}.`;
}
