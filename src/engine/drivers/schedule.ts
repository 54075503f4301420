/**
 * Runs independent items side by side, as many at a time as the admission allows, then the ones that must run
 * alone (timing-sensitive examples), one at a time with nothing beside them.
 */
import os from 'node:os';
import { watchCpuLoad, type CpuLoad } from './cpu-load.ts';
import { costliestFirst, type Costed } from './expected-cost.ts';

/** Decides whether one more item may start now. An item always may when nothing runs, so the queue moves. */
export interface Admission<T = unknown> {
	mayStart(running: number, next: T): boolean;
	/** Told when an item starts. */
	started?(item: T): void;
	/** Told when an item ends. */
	ended?(item: T): void;
}

/** At most `n` items at a time. */
export const slots = (n: number): Admission => ({ mayStart: (running) => running < n });

/**
 * Another item starts while the machine has a core to spare: an example that sleeps does not hold a core, one that
 * computes does. An item that started less than `startMs` ago counts as a whole busy core, because its start-up
 * (an interpreter loading) is not in the measured load yet: the load is sampled every 25 ms (cpu-load.ts), so within
 * 50 ms a start shows. A longer hold only slows the many short programs down: 100 ms gave a cold stage of 137 s,
 * 50 ms 129 s, on the same quiet 2-core machine.
 */
export function freeCores(
	load: CpuLoad,
	cores: number,
	{ maxRunning = 16 * cores, startMs = 50, spare = 0.5 } = {}
): Admission {
	const starts: number[] = [];
	return {
		mayStart(running) {
			const now = performance.now();
			while (starts.length && starts[0]! < now - startMs) starts.shift();
			return running < maxRunning && load.busyCores() + starts.length <= cores - spare;
		},
		started: () => void starts.push(performance.now()),
	};
}

/**
 * Another item starts while the items running would use at most `cores` CPUs, each by its expected share of a core
 * (its CPU time over its wall time, e.g. from an earlier run; at least 1/8, so no more than 8 items a core). For a
 * machine kept busy on purpose, whose measured load says nothing: an example that mostly sleeps holds little.
 */
export function expectedShares<T>(share: (item: T) => number, cores: number): Admission<T> {
	const held = (item: T) => Math.max(1 / 8, share(item));
	let holding = 0;
	return {
		mayStart: (_running, next) => holding + held(next) <= cores,
		started: (item) => void (holding += held(item)),
		ended: (item) => void (holding -= held(item)),
	};
}

/** How often a refused admission is asked again (besides whenever an item ends). */
const RECHECK_MS = 20;

export async function schedule<T>(
	items: T[],
	mustRunAlone: (item: T) => boolean,
	admission: Admission<NoInfer<T>>,
	fn: (item: T) => Promise<void>
): Promise<void> {
	const alone = items.filter(mustRunAlone);
	await pool(
		items.filter((item) => !alone.includes(item)),
		admission,
		fn
	);
	await pool(alone, slots(1), fn);
}

async function pool<T>(items: T[], admission: Admission<T>, fn: (item: T) => Promise<void>): Promise<void> {
	const queue = [...items];
	const running = new Set<Promise<void>>();
	let failure: { error: unknown } | undefined;
	while (running.size || (queue.length && !failure)) {
		while (queue.length && !failure && (!running.size || admission.mayStart(running.size, queue[0]!))) {
			const item = queue.shift()!;
			admission.started?.(item);
			const run: Promise<void> = fn(item)
				.catch((error: unknown) => void (failure ??= { error }))
				.finally(() => {
					running.delete(run);
					admission.ended?.(item);
				});
			running.add(run);
		}
		let recheck: NodeJS.Timeout | undefined;
		const tick = new Promise<void>((resolve) => (recheck = setTimeout(resolve, RECHECK_MS)));
		await Promise.race([...running, tick]);
		clearTimeout(recheck);
	}
	// Every started item has ended: nothing is left running behind an error.
	if (failure) throw failure.error;
}

/**
 * Runs `fn` with the admission for this machine: by free cores where its load can be read, else one item per
 * core; the load is watched only meanwhile.
 */
export async function withMachineAdmission<R>(fn: (admission: Admission) => Promise<R>): Promise<R> {
	const cores = os.availableParallelism();
	const load = watchCpuLoad();
	try {
		return await fn(load ? freeCores(load, cores) : slots(cores));
	} finally {
		load?.stop();
	}
}

/**
 * Runs programs as a build runs them: the costliest first, another while a core is free (or as `admission` says),
 * and the timing-sensitive ones (`alone`) one at a time at the end. The tests that run copies of every program use it
 * too, so that their copies meet the machine as the build's runs did.
 */
export function scheduleAsBuild<P extends Costed & { options: { alone: boolean } }>(
	programs: P[],
	fn: (program: P) => Promise<void>,
	admission?: Admission<P>
): Promise<void> {
	const run = (admission: Admission<P>) => schedule(costliestFirst(programs), (p) => p.options.alone, admission, fn);
	return admission ? run(admission) : withMachineAdmission(run);
}
