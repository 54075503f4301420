/**
 * Turns a run's recorded events into the rows of its timeline: one row per process, thread, asyncio task, Node
 * worker, child process or measured span, grouped process → thread → task, with times in milliseconds from the
 * start of the program's main process. Plain data, made again on every build from the run's events (which are
 * what the cache keeps), and drawn by timeline-svg.ts.
 */
import type { Ns, RecordedEvent } from './events.ts';

import type { Interval, Timeline, TimelineRow } from '../../shared/timeline.ts';

const ms = (t: Ns, origin: Ns) => Number(t - origin) / 1e6;
const byStart = <T extends { start: Ns }>(a: T, b: T) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0);

/**
 * Whether a timeline has anything to show in time: a task, thread, worker, process or span besides the main
 * process. Without one the page draws no timeline (timeline-view.ts, the same rule), so no trace is written.
 */
export const showsTime = (timeline: Timeline | null): timeline is Timeline => !!timeline && timeline.rows.length > 1;

/** The recorder's origin (the main process's start), in ms on CLOCK_MONOTONIC; null when it recorded nothing. */
export function timelineOriginMs(events: RecordedEvent[]): number | null {
	const processes = events.filter((e): e is Extract<RecordedEvent, { type: 'process' }> => e.type === 'process');
	const main = processes.find((p) => p.name === 'main' && !processes.some((q) => q.pid === p.ppid));
	return main ? Number(main.start) / 1e6 : null;
}

/** The rows of a run; null when nothing was recorded (the program did not get as far as starting). */
export function timelineRows(events: RecordedEvent[]): Timeline | null {
	const of = <T extends RecordedEvent['type']>(type: T) =>
		events.filter((e): e is Extract<RecordedEvent, { type: T }> => e.type === type);
	const processes = of('process');
	const main = processes.find((p) => p.name === 'main' && !processes.some((q) => q.pid === p.ppid));
	if (!main) return null;
	const origin = main.start;
	const at = (t: Ns) => ms(t, origin);
	const interval = (e: { start: Ns; end: Ns }): Interval => ({ start: at(e.start), end: at(e.end) });
	const rows: TimelineRow[] = [];

	const spansOf = (pid: number, threadId: number, depth: number) => {
		const spans = of('span')
			.filter((s) => s.pid === pid && s.threadId === threadId)
			.sort(byStart);
		const names = [...new Set(spans.map((s) => s.name))];
		for (const name of names) {
			const bars = spans.filter((s) => s.name === name).map(interval);
			rows.push({ kind: 'span', label: name, depth, bars });
		}
	};
	const marksOf = (pid: number, threadId: number) => {
		const marks = of('mark').filter((m) => m.pid === pid && m.threadId === threadId);
		return marks.length ? marks.map((m) => ({ at: at(m.at), name: m.name })) : undefined;
	};
	const callsOf = (pid: number, tid: number) => {
		const calls = of('call')
			.filter((c) => c.pid === pid && c.tid === tid)
			.sort(byStart);
		return calls.length ? calls.map((c) => ({ ...interval(c), name: c.name })) : undefined;
	};
	/** Everything that ran inside one process, below its own row. */
	const inside = (pid: number, depth: number) => {
		spansOf(pid, 0, depth);
		for (const thread of of('thread')
			.filter((t) => t.pid === pid)
			.sort(byStart)) {
			rows.push({
				kind: 'thread',
				label: thread.name,
				depth,
				bars: [interval(thread)],
				calls: callsOf(pid, thread.tid),
			});
		}
		for (const task of of('task')
			.filter((t) => t.pid === pid)
			.sort(byStart)) {
			const outcome = task.outcome === 'returned' ? undefined : task.outcome;
			rows.push({
				kind: 'task',
				label: task.name,
				depth,
				bars: [interval(task)],
				running: task.steps.map(([s, e]) => interval({ start: s, end: e })),
				outcome,
			});
		}
		for (const worker of of('worker')
			.filter((w) => w.pid === pid)
			.sort(byStart)) {
			rows.push({
				kind: 'worker',
				label: `worker ${worker.threadId}`,
				depth,
				bars: [interval(worker)],
				marks: marksOf(pid, worker.threadId),
				outcome: exited(worker.exitCode),
			});
			spansOf(pid, worker.threadId, depth + 1);
		}
		for (const child of of('child')
			.filter((c) => c.pid === pid)
			.sort(byStart)) {
			// A Node child started with the harness records its own marks, on its own clock (the same one).
			const marks = child.childPid !== pid ? marksOf(child.childPid, 0) : undefined;
			rows.push({
				kind: 'child',
				label: child.name,
				depth,
				bars: [interval(child)],
				marks,
				outcome: exited(child.exitCode),
			});
			if (child.childPid !== pid) spansOf(child.childPid, 0, depth + 1);
		}
	};

	rows.push({
		kind: 'process',
		label: `main process`,
		depth: 0,
		bars: [interval(main)],
		marks: marksOf(main.pid, 0),
		calls: callsOf(main.pid, main.pid),
	});
	inside(main.pid, 1);
	const nodeChildren = new Set(of('child').map((c) => c.childPid));
	for (const proc of processes.filter((p) => p !== main && !nodeChildren.has(p.pid)).sort(byStart)) {
		rows.push({
			kind: 'process',
			label: proc.name,
			depth: 1,
			bars: [interval(proc)],
			calls: callsOf(proc.pid, proc.pid),
			outcome: exited(proc.exitCode),
		});
		inside(proc.pid, 2);
	}
	const totalMs = Math.max(...rows.flatMap((r) => r.bars.map((b) => b.end)));
	return { rows, totalMs };
}

const exited = (code: number | null) =>
	code === null || code === 0 ? undefined : code < 0 ? `terminated (signal ${-code})` : `exit code ${code}`;
