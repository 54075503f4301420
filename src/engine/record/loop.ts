/**
 * The event loop's own view of a run (shared/loop.ts `LoopView`) from the recorder's `loop` events: one record per
 * process and thread that ran a loop, its iterations in order, times in ms from the timeline's origin (the main
 * process's start, as every row of the timeline). Made again on every build from the cached events.
 */
import type { Ns, RecordedEvent } from './events.ts';
import type { LoopHandle, LoopIteration, LoopRecord, LoopView } from '../../shared/loop.ts';

type LoopEvent = Extract<RecordedEvent, { type: 'loop' }>;

/**
 * The loops a run's events show; undefined when the program ran none (no `loop` nor `loop-unseen` event), or when
 * the run recorded no main process to measure from (`originMs` null).
 */
export function loopView(events: RecordedEvent[], originMs: number | null): LoopView | undefined {
	if (originMs === null) return undefined;
	const iterations = events.filter((e): e is LoopEvent => e.type === 'loop');
	if (!iterations.length) {
		const unseen = events.find((e) => e.type === 'loop-unseen');
		return unseen ? { unseen: unseen.reason } : undefined;
	}
	const at = (t: Ns) => Number(t) / 1e6 - originMs;
	// The program's own process: the `main` whose parent was not recorded (the rule of timeline.ts).
	const recorded = new Set(events.flatMap((e) => (e.type === 'process' ? [e.pid] : [])));
	const mainPid = events.find((e) => e.type === 'process' && e.name === 'main' && !recorded.has(e.ppid))?.pid;
	const records = new Map<string, { pid: number; where: string; events: LoopEvent[] }>();
	for (const e of iterations) {
		const key = `${e.pid}\0${e.where}`;
		const record = records.get(key) ?? { pid: e.pid, where: e.where, events: [] };
		record.events.push(e);
		records.set(key, record);
	}
	const dropped = (pid: number, where: string) =>
		events.reduce((sum, e) => sum + (e.type === 'loop-dropped' && e.pid === pid && e.where === where ? e.count : 0), 0);
	const loops: LoopRecord[] = [...records.values()]
		// The program's own main thread first, then by when each loop first ran.
		.sort(
			(a, b) =>
				Number(b.pid === mainPid && b.where === 'main') - Number(a.pid === mainPid && a.where === 'main') ||
				Number(a.events[0]!.start - b.events[0]!.start)
		)
		.map(({ pid, where, events: its }) => ({
			where: pid === mainPid ? where : where === 'main' ? `process ${pid}` : `process ${pid}, ${where}`,
			iterations: its.sort((a, b) => a.n - b.n).map((e) => iteration(e, at)),
			dropped: dropped(pid, where),
		}));
	return { loops };
}

function iteration(e: LoopEvent, at: (t: Ns) => number): LoopIteration {
	return {
		n: e.n,
		start: at(e.start),
		end: at(e.end),
		waited: Number(e.waited) / 1e6,
		wokeBy: e.wokeBy,
		ready: e.ready,
		timers: e.timers.map((t) => ({ label: t.label, due: at(t.due) })),
		ran: e.ran.map((h) => {
			const handle: LoopHandle = { label: h.label, cause: h.cause, start: at(h.start), end: at(h.end) };
			if (h.task !== null) handle.task = h.task;
			if (h.outFirst !== null && h.outEnd !== null) handle.out = [h.outFirst, h.outEnd];
			if (h.line !== null) handle.line = h.line;
			return handle;
		}),
	};
}
