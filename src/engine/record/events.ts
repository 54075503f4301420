/**
 * The events the harness's recorders send (harness/python-recorder.py, harness/node-recorder.mjs), parsed. Each
 * is one JSON array per line; times are CLOCK_MONOTONIC nanoseconds (Python's `perf_counter_ns`, Node's
 * `hrtime.bigint`), so the events of every process, thread and worker of a run share one clock.
 */

/** A time on the monotonic clock, in nanoseconds. */
export type Ns = bigint;

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
	| { type: 'net'; pid: number; host: string; port: string; what: string };

const ns = (value: unknown): Ns => BigInt(String(value));
const int = (value: unknown): number => Number(value);
const code = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

/**
 * Parses the recorder's JSON lines. A line that is not an event is an error in the engine's own harness, never in
 * the example: it throws with the line.
 */
export function parseRecordedEvents(text: string): RecordedEvent[] {
	const events: RecordedEvent[] = [];
	const steps = new Map<string, Array<[Ns, Ns]>>();
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
			case 'loop-ran':
			case 'loop-unseen':
			case 'loop-dropped':
				// The event loop's own view (src/shared/loop.ts), which record/loop.ts reads (issue 27), not the timeline.
				break;
			default:
				throw new Error(`timeline recorder sent an unknown event: ${line.slice(0, 200)}`);
		}
	}
	return events;
}
