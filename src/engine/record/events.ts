/**
 * The events the harness's recorders send (harness/python-recorder.py, harness/node-recorder.mjs), parsed. Each
 * is one JSON array per line; times are CLOCK_MONOTONIC nanoseconds (Python's `perf_counter_ns`, Node's
 * `hrtime.bigint`), so the events of every process, thread and worker of a run share one clock.
 */
import type { LoopCause, LoopIteration } from '../../shared/loop.ts';
import { LOOP_CAUSES } from '../../shared/loop-causes.ts';

/** A time on the monotonic clock, in nanoseconds. */
export type Ns = bigint;

/** A handle an event-loop iteration ran (shared/loop.ts `LoopHandle`, on the monotonic clock). */
export interface RecordedLoopHandle {
	label: string;
	task: string | null;
	cause: LoopCause;
	start: Ns;
	end: Ns;
	/** Output lines printed before it started / when it ended (stdout and stderr together); null when uncounted. */
	outFirst: number | null;
	outEnd: number | null;
	line: number | null;
}

export type RecordedEvent =
	/** A process: the program's own (`main`), a multiprocessing child, or a Node process. */
	| { type: 'process'; pid: number; ppid: number; name: string; start: Ns; end: Ns; exitCode: number | null }
	/** A Python thread (named by `threading`). */
	| { type: 'thread'; pid: number; tid: number; name: string; start: Ns; end: Ns }
	/** A call a Python pool (thread or process) ran on behalf of the program. */
	| { type: 'call'; pid: number; tid: number; name: string; start: Ns; end: Ns }
	/** An asyncio task: created at `start`, done at `end`; `steps` are [start, end] pairs when it ran on the loop. */
	| {
			type: 'task';
			pid: number;
			key: string;
			name: string;
			start: Ns;
			end: Ns;
			outcome: string;
			steps: Array<[Ns, Ns]>;
			droppedSteps: number;
	  }
	/** A Node worker thread, seen from the thread that made it. */
	| { type: 'worker'; pid: number; threadId: number; start: Ns; end: Ns; exitCode: number | null }
	/** A Node child process, seen from its parent; `name` is its command. */
	| { type: 'child'; pid: number; childPid: number; name: string; start: Ns; end: Ns; exitCode: number | null }
	/** A `performance.measure()` (thread 0 is the main thread). */
	| { type: 'span'; pid: number; threadId: number; name: string; start: Ns; end: Ns }
	/** A `performance.mark()`. */
	| { type: 'mark'; pid: number; threadId: number; name: string; at: Ns }
	/**
	 * An attempt to reach the network beyond loopback: where (the port `''` when unknown, as for a name whose lookup
	 * Node refused), and how (`socket.connect`, a URL). The build has no network; the verdict fails the run.
	 */
	| { type: 'net'; pid: number; host: string; port: string; what: string }
	/**
	 * One iteration of an event loop (`where`: `main`, or `thread <name>`), with what it ran; an iteration sent over
	 * several lines (`loop-ran` carries more of its handles) arrives here whole.
	 */
	| {
			type: 'loop';
			pid: number;
			where: string;
			n: number;
			start: Ns;
			end: Ns;
			waited: Ns;
			wokeBy: LoopIteration['wokeBy'];
			ready: string[];
			timers: Array<{ label: string; due: Ns }>;
			ran: RecordedLoopHandle[];
	  }
	/** A loop ran that the recorder cannot see (uvloop, a loop in debug mode): why. */
	| { type: 'loop-unseen'; pid: number; reason: string }
	/** Iterations and handles a loop's recorder left out once a bound was reached. */
	| { type: 'loop-dropped'; pid: number; where: string; count: number };

const WOKE_BY: ReadonlyArray<LoopIteration['wokeBy']> = ['ready', 'timer', 'io', 'thread', 'none'];
const CAUSES: ReadonlySet<string> = new Set(LOOP_CAUSES);

const ns = (value: unknown): Ns => BigInt(String(value));
const int = (value: unknown): number => Number(value);
const code = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/** A loop line's handles; a malformed one throws, and the caller names the line. */
function loopHandles(value: unknown): RecordedLoopHandle[] {
	if (!Array.isArray(value)) throw new Error('its handles are not a list');
	return value.map((h: unknown[]) => {
		const cause = String(h[2]);
		if (!CAUSES.has(cause)) throw new Error(`unknown cause "${cause}"`);
		return {
			label: String(h[0]),
			task: h[1] === null ? null : String(h[1]),
			cause: cause as LoopCause,
			start: ns(h[3]),
			end: ns(h[4]),
			outFirst: code(h[5]),
			outEnd: code(h[6]),
			line: code(h[7]),
		};
	});
}

function loopEvent(e: unknown[], pid: number): Extract<RecordedEvent, { type: 'loop' }> {
	const wokeBy = String(e[7]) as LoopIteration['wokeBy'];
	if (!WOKE_BY.includes(wokeBy)) throw new Error(`unknown wokeBy "${wokeBy}"`);
	if (!Array.isArray(e[8]) || !Array.isArray(e[9])) throw new Error('its ready queue or timers are not lists');
	return {
		type: 'loop',
		pid,
		where: String(e[2]),
		n: int(e[3]),
		start: ns(e[4]),
		end: ns(e[5]),
		waited: ns(e[6]),
		wokeBy,
		ready: e[8].map(String),
		timers: (e[9] as unknown[][]).map(([label, due]) => ({ label: String(label), due: ns(due) })),
		ran: loopHandles(e[10]),
	};
}

/**
 * Parses the recorder's JSON lines. A line that is not an event is an error in the engine's own harness, never in
 * the example: it throws with the line.
 */
export function parseRecordedEvents(text: string): RecordedEvent[] {
	const events: RecordedEvent[] = [];
	const steps = new Map<string, Array<[Ns, Ns]>>();
	/** The iteration a `loop-ran` line continues: pid, where and n. */
	const iterations = new Map<string, Extract<RecordedEvent, { type: 'loop' }>>();
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		let e: unknown[];
		try {
			e = JSON.parse(line) as unknown[];
		} catch (error) {
			throw new Error(`timeline recorder sent a line that is not JSON: ${line.slice(0, 200)}`, { cause: error });
		}
		const [type, pid] = [e[0], int(e[1])];
		switch (type) {
			case 'process':
				events.push({
					type,
					pid,
					ppid: int(e[2]),
					name: String(e[3]),
					start: ns(e[4]),
					end: ns(e[5]),
					exitCode: code(e[6]),
				});
				break;
			case 'thread':
			case 'call':
				events.push({ type, pid, tid: int(e[2]), name: String(e[3]), start: ns(e[4]), end: ns(e[5]) });
				break;
			case 'steps': {
				// A task's steps come before the task itself, in pieces (each line stays under PIPE_BUF).
				const key = `${pid}:${String(e[2])}`;
				const flat = (e[3] as unknown[]).map(ns);
				const list = steps.get(key) ?? [];
				for (let i = 0; i + 1 < flat.length; i += 2) list.push([flat[i]!, flat[i + 1]!]);
				steps.set(key, list);
				break;
			}
			case 'task': {
				const key = `${pid}:${String(e[2])}`;
				events.push({
					type,
					pid,
					key,
					name: String(e[3]),
					start: ns(e[4]),
					end: ns(e[5]),
					outcome: String(e[6]),
					steps: steps.get(key) ?? [],
					droppedSteps: int(e[7] ?? 0),
				});
				// The same id may be reused by a later task once this one is gone.
				steps.delete(key);
				break;
			}
			case 'worker':
				events.push({ type, pid, threadId: int(e[2]), start: ns(e[3]), end: ns(e[4]), exitCode: code(e[5]) });
				break;
			case 'child':
				events.push({
					type,
					pid,
					childPid: int(e[2]),
					name: String(e[3]),
					start: ns(e[4]),
					end: ns(e[5]),
					exitCode: code(e[6]),
				});
				break;
			case 'span':
				events.push({ type, pid, threadId: int(e[2]), name: String(e[3]), start: ns(e[4]), end: ns(e[5]) });
				break;
			case 'mark':
				events.push({ type, pid, threadId: int(e[2]), name: String(e[3]), at: ns(e[4]) });
				break;
			case 'net':
				events.push({ type, pid, host: String(e[2]), port: String(e[3] ?? ''), what: String(e[4]) });
				break;
			case 'loop':
			case 'loop-ran': {
				let event: Extract<RecordedEvent, { type: 'loop' }>;
				try {
					if (type === 'loop') {
						event = loopEvent(e, pid);
						iterations.set(`${pid}:${event.where}:${event.n}`, event);
						events.push(event);
					} else {
						const first = iterations.get(`${pid}:${String(e[2])}:${int(e[3])}`);
						if (!first) throw new Error('it continues an iteration that was not sent before it');
						first.ran.push(...loopHandles(e[4]));
					}
				} catch (error) {
					throw new Error(
						`timeline recorder sent a malformed ${String(type)} event (${(error as Error).message}): ${line.slice(0, 200)}`,
						{
							cause: error,
						}
					);
				}
				break;
			}
			case 'loop-unseen':
				events.push({ type, pid, reason: String(e[2]) });
				break;
			case 'loop-dropped':
				events.push({ type, pid, where: String(e[2]), count: int(e[3]) });
				break;
			default:
				throw new Error(`timeline recorder sent an unknown event: ${line.slice(0, 200)}`);
		}
	}
	return events;
}
