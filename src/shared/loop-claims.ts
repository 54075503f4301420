/**
 * Claims about the event loop's own view of a run (shared/loop.ts), checked by shared/claims.ts like the others:
 * at build time against the recorded run, and in the browser by the same code (where no loop is recorded, each fails
 * saying so). They read the program's main loop: the first loop recorded (the main thread of the program's own
 * process, engine/record/loop.ts). Isomorphic: no `node:*`, no DOM.
 *
 * Handles and timers are named by a pattern, `*` as a wildcard, matched against a handle's label, its task, or what
 * a label says it wakes (`_set_result_unless_cancelled → a` is a timer for `a`): the same for Python and Node
 * (`Timeout`, `Immediate`).
 */
import type { LoopCause, LoopHandle, LoopIteration, LoopRecord, LoopView } from './loop.ts';

type Says = { says?: string | undefined };

export type LoopClaim = Says &
	(
		| { kind: 'loop-same-iteration'; handles: string[] }
		| { kind: 'loop-blocked'; atLeastMs: number; by?: string | undefined }
		| { kind: 'loop-timer-order'; first: string; then: string }
		| { kind: 'loop-iterations'; atMost?: number | undefined; atLeast?: number | undefined }
		| { kind: 'loop-cause'; cause: LoopCause; handle?: string | undefined }
		| { kind: 'loop-runs-before'; first: string; then: string }
	);

export interface CheckedLoopClaim {
	says: string;
	measured: string;
	holds: boolean;
}

export const isLoopClaim = (claim: { kind: string }): claim is LoopClaim => claim.kind.startsWith('loop-');

const round = (n: number) => `${Math.round(n)} ms`;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a handle or timer answers to a pattern: by its label, its task, or whom the label says it wakes. */
export function answersTo(pattern: string, named: { label: string; task?: string | undefined }): boolean {
	const re = new RegExp(`^${pattern.split('*').map(escape).join('.*')}$`);
	const wakes = named.label.includes(' → ') ? named.label.slice(named.label.lastIndexOf(' → ') + 3) : undefined;
	return [named.label, named.task, wakes].some((name) => name !== undefined && re.test(name));
}

export function defaultLoopSays(claim: LoopClaim): string {
	switch (claim.kind) {
		case 'loop-same-iteration':
			return `${claim.handles.join(', ')} first run in the same iteration of the loop, in this order`;
		case 'loop-blocked':
			return `one iteration of at least ${claim.atLeastMs} ms in which ${claim.by ?? 'one handle'} alone held the loop`;
		case 'loop-timer-order':
			return `the timer for ${claim.first} is due before the one for ${claim.then}`;
		case 'loop-iterations':
			return `the loop runs ${[
				claim.atLeast !== undefined ? `at least ${claim.atLeast}` : '',
				claim.atMost !== undefined ? `at most ${claim.atMost}` : '',
			]
				.filter(Boolean)
				.join(' and ')} iterations`;
		case 'loop-cause':
			return `${claim.handle ?? 'a handle'} put in the ready queue by ${claim.cause} runs`;
		case 'loop-runs-before':
			return `${claim.first} runs before ${claim.then} on the loop`;
	}
}

/** Where a handle ran: its iteration and its place in it. */
interface Ran {
	iteration: LoopIteration;
	index: number;
	handle: LoopHandle;
}

const allRan = (loop: LoopRecord): Ran[] =>
	loop.iterations.flatMap((iteration) => iteration.ran.map((handle, index) => ({ iteration, index, handle })));
const firstRun = (loop: LoopRecord, pattern: string) => allRan(loop).find((r) => answersTo(pattern, r.handle));
const where = (r: Ran) => `iteration ${r.iteration.n}, #${r.index + 1}`;

/** Checks one loop claim against a run's loop view (absent: the run recorded no loop). */
export function checkLoopClaim(claim: LoopClaim, says: string, view: LoopView | undefined): CheckedLoopClaim {
	if (!view) return { says, holds: false, measured: 'no event loop was recorded for this run' };
	if ('unseen' in view) return { says, holds: false, measured: `the loop could not be recorded: ${view.unseen}` };
	const loop = view.loops[0];
	if (!loop?.iterations.length) return { says, holds: false, measured: 'the recorded loop ran no iteration' };
	const dropped = loop.dropped ? ` (${loop.dropped} left out past the recorder's bounds)` : '';
	switch (claim.kind) {
		case 'loop-same-iteration': {
			const found = claim.handles.map((pattern) => ({ pattern, ran: firstRun(loop, pattern) }));
			const missing = found.filter((f) => !f.ran).map((f) => f.pattern);
			if (missing.length) return { says, holds: false, measured: `${missing.join(', ')} never ran${dropped}` };
			const runs = found.map((f) => f.ran!);
			const same = runs.every((r) => r.iteration === runs[0]!.iteration);
			const ordered = runs.every((r, i) => i === 0 || r.index > runs[i - 1]!.index);
			return {
				says,
				holds: same && ordered,
				measured: found.map((f) => `${f.pattern}: ${where(f.ran!)}`).join('; '),
			};
		}
		case 'loop-blocked': {
			let best: { iteration: LoopIteration; handle: LoopHandle } | undefined;
			for (const iteration of loop.iterations)
				for (const handle of iteration.ran)
					if (
						(claim.by === undefined || answersTo(claim.by, handle)) &&
						(!best || handle.end - handle.start > best.handle.end - best.handle.start)
					)
						best = { iteration, handle };
			if (!best) return { says, holds: false, measured: `no handle${claim.by ? ` ${claim.by}` : ''} ran${dropped}` };
			const { iteration, handle } = best;
			const held = handle.end - handle.start;
			return {
				says,
				holds: held >= claim.atLeastMs && iteration.end - iteration.start >= claim.atLeastMs,
				measured: `iteration ${iteration.n} lasted ${round(iteration.end - iteration.start)}; ${handle.label} held the loop ${round(held)}`,
			};
		}
		case 'loop-timer-order': {
			// The first iteration in which both timers were pending: their due times then.
			for (const iteration of loop.iterations) {
				const first = iteration.timers.find((t) => answersTo(claim.first, t));
				const then = iteration.timers.find((t) => answersTo(claim.then, t));
				if (first && then)
					return {
						says,
						holds: first.due < then.due,
						measured: `in iteration ${iteration.n}: ${first.label} due at ${round(first.due)}, ${then.label} at ${round(then.due)}`,
					};
			}
			return { says, holds: false, measured: `no iteration had timers for both ${claim.first} and ${claim.then}` };
		}
		case 'loop-iterations': {
			const count = loop.iterations.length;
			const holds =
				(claim.atLeast === undefined || count >= claim.atLeast) &&
				(claim.atMost === undefined || (count <= claim.atMost && !loop.dropped));
			return { says, holds, measured: `${count} iterations${dropped}` };
		}
		case 'loop-cause': {
			const runs = allRan(loop).filter(
				(r) => r.handle.cause === claim.cause && (claim.handle === undefined || answersTo(claim.handle, r.handle))
			);
			const first = runs[0];
			return {
				says,
				holds: !!first,
				measured: first
					? `${runs.length} ran, first ${first.handle.label} (${where(first)})`
					: `none ran${dropped}; causes seen: ${[...new Set(allRan(loop).map((r) => r.handle.cause))].join(', ')}`,
			};
		}
		case 'loop-runs-before': {
			const first = firstRun(loop, claim.first);
			const then = firstRun(loop, claim.then);
			if (!first || !then)
				return { says, holds: false, measured: `${!first ? claim.first : claim.then} never ran${dropped}` };
			const before =
				first.iteration.n < then.iteration.n || (first.iteration === then.iteration && first.index < then.index);
			return { says, holds: before, measured: `${claim.first}: ${where(first)}; ${claim.then}: ${where(then)}` };
		}
	}
}
