/**
 * The event loop's own view of a run, iteration by iteration, as plain data: what the engine records from the real run
 * (Python: engine/run/harness/python-loop-recorder.py; Node: harness/node-recorder.mjs), what a page steps through
 * (components/views/loop-view.ts, browser/loop/), and what the loop claims are checked against (shared/claims.ts).
 * Types only; isomorphic. Times are ms from the start of the run, as on the timeline.
 */

/** Who put a handle in the ready queue. */
export type LoopCause =
	/** `create_task` / `ensure_future` / a Task being made: its first step. */
	| 'create_task'
	/** A task's step that yielded a bare `None` (`await asyncio.sleep(0)`): it rescheduled itself. */
	| 'yield'
	/** A future (or task) the handle waited on completed: a task's wake-up, a done-callback. */
	| 'future'
	/** A timer (`call_later`/`call_at`, `asyncio.sleep(d)`, a timeout) came due. */
	| 'timer'
	/** The selector reported a file descriptor ready (a socket, a pipe). */
	| 'io'
	/** `call_soon` by the program or a library. */
	| 'call_soon'
	/** `call_soon_threadsafe` from another thread (`to_thread`, `run_in_executor` results come back this way). */
	| 'call_soon_threadsafe'
	/** Node: the phase or queue the callback came from (see `NodePhase`). */
	| NodePhase
	/** Nothing the recorder could name. */
	| 'other';

/** Node's phases and queues, as far as Node reports them (async_hooks resource types). */
export type NodePhase = 'timers' | 'poll' | 'check' | 'close' | 'nextTick' | 'promise';

/** One handle the loop ran: a task's step, or a callback. */
export interface LoopHandle {
	/** `Task-2`'s step, a callback's name (`on_done`, `Future.set_result`), Node's callback type (`Timeout`). */
	label: string;
	/** The task it stepped, when it was a task step (the task's name, as on the timeline's row). */
	task?: string;
	cause: LoopCause;
	start: number;
	end: number;
	/** Output lines (0-based, of stdout and stderr in true order) it printed: [first, end). */
	out?: [number, number];
	/** The program's source line it ran at: where the task was suspended after the step, or the callback's def. */
	line?: number;
}

/** A timer pending when an iteration began. */
export interface LoopTimer {
	label: string;
	/** When it is due, ms from the start of the run. */
	due: number;
}

/** One turn of the loop. */
export interface LoopIteration {
	/** 1-based, in the order the loop ran them. */
	n: number;
	start: number;
	end: number;
	/** How long the loop waited for I/O or a timer before running anything (the selector; Node's poll). */
	waited: number;
	/** Why the wait ended or was skipped: something was ready, a timer came due, I/O became ready, or a wake-up from
	 *  another thread (the self-pipe). */
	wokeBy: 'ready' | 'timer' | 'io' | 'thread' | 'none';
	/** The ready queue as the iteration began, in order (labels, as `ran` will name them). */
	ready: string[];
	/** Timers pending as the iteration began, soonest first (at most 16). */
	timers: LoopTimer[];
	/** What ran, in order. Node: the phase of each callback is its `cause`. */
	ran: LoopHandle[];
}

export interface LoopRecord {
	/** The process (pid) and thread the loop ran in; `main` is the program's own process's main thread. */
	where: string;
	iterations: LoopIteration[];
	/** Iterations or handles left out because a bound was reached (a loop of `sleep(0)` must not flood the page). */
	dropped: number;
}

/**
 * What the page can say about the loop of a run: the loops seen, or why none could be (`uvloop`, a loop in debug mode,
 * a runtime whose loop the recorder cannot see). Absent from a timeline whose program never ran an event loop.
 */
export type LoopView = { loops: LoopRecord[] } | { unseen: string };
