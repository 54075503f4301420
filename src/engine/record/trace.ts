/**
 * A run's events in the Chrome Trace Event format, the file a reader downloads as `<id>.<py|ts>.trace.json` and
 * opens in Perfetto (ui.perfetto.dev) or chrome://tracing: complete events (`"ph": "X"`, times in µs from the start
 * of the main process) and metadata events naming processes and threads.
 *
 * The main process is the root one: the process named `main` whose parent was not recorded (the ppid rule of
 * timeline.ts). Every Node process with the preload reports itself as `main`, and a forked child exits, and so
 * writes, before its parent: the first `main` in the file is not necessarily the program's own.
 */
import type { Ns, RecordedEvent } from './events.ts';

export interface TraceEvent {
	name: string;
	ph: 'X' | 'M' | 'i';
	pid: number;
	tid: number;
	ts?: number;
	dur?: number;
	s?: 't';
	cat?: string;
	args?: Record<string, unknown>;
}

export function traceJson(events: RecordedEvent[]): { traceEvents: TraceEvent[]; displayTimeUnit: 'ms' } | null {
	const processes = events.filter((e): e is Extract<RecordedEvent, { type: 'process' }> => e.type === 'process');
	const main = processes.find((p) => p.name === 'main' && !processes.some((q) => q.pid === p.ppid));
	if (!main) return null;
	/** The root is the main process; a Node child (also `main` to itself) is a child process. */
	const processLabel = (p: (typeof processes)[number]) =>
		p === main ? 'main process' : p.name === 'main' ? `child process ${p.pid}` : p.name;
	const us = (t: Ns) => Number(t - main.start) / 1e3;
	const out: TraceEvent[] = [];
	const complete = (
		name: string,
		cat: string,
		pid: number,
		tid: number,
		e: { start: Ns; end: Ns },
		args?: Record<string, unknown>
	) =>
		out.push({
			name,
			cat,
			ph: 'X',
			pid,
			tid,
			ts: us(e.start),
			dur: us(e.end) - us(e.start),
			...(args ? { args } : {}),
		});
	const threadName = (pid: number, tid: number, name: string) =>
		out.push({ name: 'thread_name', ph: 'M', pid, tid, args: { name } });
	// asyncio tasks are not threads, but each gets a track of its own so that overlapping tasks stay readable.
	let taskTrack = 1_000_000;
	// Each event loop (a process's thread) gets a track of its own too, beside its tasks: one event per iteration.
	const loopTracks = new Map<string, number>();
	for (const e of events) {
		switch (e.type) {
			case 'process':
				out.push({
					name: 'process_name',
					ph: 'M',
					pid: e.pid,
					tid: e.pid,
					args: { name: processLabel(e) },
				});
				complete(e.name, 'process', e.pid, e.pid, e, { exitCode: e.exitCode });
				break;
			case 'thread':
				threadName(e.pid, e.tid, e.name);
				complete(e.name, 'thread', e.pid, e.tid, e);
				break;
			case 'call':
				complete(e.name, 'call', e.pid, e.tid, e);
				break;
			case 'task': {
				const tid = taskTrack++;
				threadName(e.pid, tid, `task ${e.name}`);
				complete(e.name, 'task', e.pid, tid, e, { outcome: e.outcome });
				for (const [start, end] of e.steps) complete('running', 'task.step', e.pid, tid, { start, end });
				break;
			}
			case 'worker':
				threadName(e.pid, e.threadId, `worker ${e.threadId}`);
				complete(`worker ${e.threadId}`, 'worker', e.pid, e.threadId, e, { exitCode: e.exitCode });
				break;
			case 'child':
				complete(e.name, 'child_process', e.pid, e.childPid, e, { pid: e.childPid, exitCode: e.exitCode });
				break;
			case 'span':
				complete(e.name, 'measure', e.pid, e.threadId, e);
				break;
			case 'mark':
				out.push({ name: e.name, cat: 'mark', ph: 'i', s: 't', pid: e.pid, tid: e.threadId, ts: us(e.at) });
				break;
			case 'loop': {
				const key = `${e.pid}\0${e.where}`;
				let tid = loopTracks.get(key);
				if (tid === undefined) {
					loopTracks.set(key, (tid = 2_000_000 + loopTracks.size));
					threadName(e.pid, tid, `event loop (${e.where})`);
				}
				complete(`iteration ${e.n}`, 'loop', e.pid, tid, e, {
					wokeBy: e.wokeBy,
					waitedMs: Number(e.waited) / 1e6,
					ready: e.ready,
					ran: e.ran.map((h) => `${h.label} (${h.cause})`),
				});
				break;
			}
		}
	}
	return { traceEvents: out, displayTimeUnit: 'ms' };
}
