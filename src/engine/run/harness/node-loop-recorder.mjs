// Records the event loop's own view of a TypeScript example's run (issue 27): for each turn of the main thread's loop,
// the callbacks it ran in order, each with the phase or queue it came from, its start and end, and the output lines it
// printed. Started (node-preload.mjs → node-recorder.mjs's startLoopRecorder) in the main thread of every Node
// process of a run, the program's own and its forked children (a worker's own loop is not recorded). The wire events are the Python recorder's (src/shared/loop.ts, python-recorder.py's header):
//   ["loop", pid, "main", n, start_ns, end_ns, waited_ns, wokeBy, ready, timers, ran]   (+ ["loop-ran", …] lines)
//   ["loop-dropped", pid, "main", count]
//
// What Node tells, and so what is recorded:
// - every callback the loop or its queues run, through `node:async_hooks` `before`/`after`: timers (`Timeout`),
//   immediates (`Immediate`), I/O and other native callbacks, close callbacks, `process.nextTick` callbacks
//   (`TickObject`) and promise jobs (`PROMISE`, and `queueMicrotask`'s `Microtask`). Its label is the callback's own
//   name when it has one (`setTimeout(function tick() {…})` → `tick`), else Node's name for it (`Timeout`,
//   `Immediate`, `nextTick`, `promise`, `FSREQCALLBACK`, `TCPWRAP`, …). Callbacks nested in another (a synchronous
//   `runInAsyncScope`) belong to the one around them.
// - the phase, and the turns, are inferred from those types as node-loop-turns.mjs explains: Node counts no turns.
//   Turn 1 is the main module (which, loaded by Node's module loader, runs inside one of its promise jobs) with the
//   ticks and promise jobs it queued; the loop's first turn is turn 2.
// - `waited`: the time Node's loop spent blocked in its event provider (epoll_wait, in the poll phase), from
//   `performance.nodeTiming.idleTime`, which libuv measures around exactly that call, read at every callback;
//   `wokeBy` follows from the first callback after the wait (a timer, I/O, a worker's message), `ready` when the turn
//   began without one. A timer runs in the turn after the wait for it: the turn that waited is sent on its own, with
//   nothing in `ran` (`waited` > 0, `wokeBy` "timer"), and the timer's turn did not wait.
// - `timers`: the timers pending as the turn began (soonest first, 16 at most), from the `Timeout` objects Node keeps:
//   their due time is Node's (its loop clock, in whole ms, at creation plus the delay), moved onto the monotonic clock
//   by the smallest gap seen between a timer's creation and its loop-clock stamp.
// What Node does not tell, and so is not sent: the ready queue (Node keeps its queues private: `ready` is always []);
// the line of the program a callback runs (the callback's source position needs the inspector: `line` is null); a
// turn that neither waited nor ran a callback; the loop of a worker thread; the main module's start before Node's
// module loader loads it (the loader's own promise jobs before then are left out, those between its loading and its
// evaluation are not: the main module's run is one `promise` handle among the first of turn 1).
// Nothing is printed and nothing is scheduled: events are buffered and written (synchronously, under PIPE_BUF) when
// the buffer fills and when the process exits, so the program's timers, immediates and turns stay its own.
import { createHook, executionAsyncResource } from 'node:async_hooks';
import { realpathSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { pathToFileURL } from 'node:url';
import { phaseOf, TurnCounter } from './node-loop-turns.mjs';

const MAX_ITERATIONS = 1000;
const MAX_HANDLES_PER_ITERATION = 64;
const MAX_HANDLES = 6000;
const MAX_TIMERS = 16;
/**
 * The loop's events of one process stay under this many bytes (the handles past it are dropped, and counted), as
 * Python's do, so that what a page and its trace carry of a loop stays small: a program of many small callbacks
 * (streams-pipeline: thousands of promise jobs) reaches 6000 handles at some 75 bytes each. (The engine bounds the
 * recorders' events apart from the output: MAX_TRACE_BYTES in run/spawn.ts.)
 */
const MAX_BYTES = 64 * 1024;
/** A line stays under this, so that every write (which adds a frame header) stays under PIPE_BUF. */
const MAX_LINE = 3900;

const QUEUE_LABELS = { TickObject: 'nextTick', PROMISE: 'promise', Microtask: 'queueMicrotask' };
/**
 * Resources whose callback runs once, their type forgotten after it (a program of many file reads keeps no list of
 * them): the queues' callbacks, immediates, and libuv's requests (`FSREQCALLBACK`, `WRITEWRAP`, `TCPCONNECTWRAP`, …),
 * unlike its handles (`TCPWRAP`, `TIMERWRAP`), whose callbacks run again.
 */
const ONCE = new Set(['TickObject', 'Immediate', 'Microtask']);
const REQUEST = /REQ|CONNECTWRAP$|WRITEWRAP$|SHUTDOWNWRAP$/;
/** A write's completion, which libuv may run in its pending phase, before the poll phase (node-loop-turns.mjs). */
const WRITE = /WRITEWRAP$|SHUTDOWNWRAP$/;

/** Output lines printed so far in this process (node-preload.mjs counts them as it frames each write). */
export const output = { lines: 0 };

/**
 * Starts recording. `send` buffers an event without scheduling anything; `ownCallbacks` are the recorder's own
 * (its flush timer), left out. Returns what to call as the process exits, before the last flush.
 * @param {{ send: (event: unknown[]) => void, ownCallbacks: Function[] }} options
 */
export function recordLoop({ send, ownCallbacks }) {
	const now = () => process.hrtime.bigint();
	const timing = performance.nodeTiming; // read before the program could replace `performance`
	const idleNs = () => BigInt(Math.round(timing.idleTime * 1e6));
	const own = new Set(ownCallbacks);
	const turns = new TurnCounter();
	/** async id → type, for the resources whose callbacks may run (a promise's type is known without it). */
	const types = new Map();
	/** async id → the turn-counter stamp at its creation, for timers and immediates. */
	const created = new Map();
	/** Live timers: Timeout object → its async id, to list the pending ones as a turn begins and forget the done. */
	const timeouts = new Map();
	/** Timeout object → when it was made (monotonic ms), until its loop-clock stamp is read (see pendingTimers). */
	const createdAt = new WeakMap();
	let clockOffsetMs = Infinity; // monotonic ms minus Node's loop clock, the smallest seen
	let depth = 0;
	let handle = null; // the top-level callback running: [label, null, cause, start, end, outFirst, outEnd, null]
	let iteration = null;
	let iterations = 0;
	let handles = 0;
	let dropped = 0; // callbacks that ran but were left out by a bound
	let bytes = 0; // of the loop events sent so far (see MAX_BYTES)
	let exhausted = false; // a bound of the process is reached: nothing more is recorded
	let idleSeen = idleNs();
	let lastEnd = now(); // of the last callback: where a turn that only waited begins
	let lastLoopType = ''; // of the last callback of a phase (not a queue's): was it a write's completion?
	// Node's module loader runs promise jobs of its own before the program's: recording starts as it loads the main
	// module (whose evaluation, and the linking of its imports, follow in the next few jobs), by its real path as the
	// loader names it; at the latest, at the loop's first callback.
	const main = process.argv[1] ? pathToFileURL(realPath(process.argv[1])).href : null;
	let started = main === null;
	const loading = registerHooks({
		load(url, context, nextLoad) {
			if (url === main) ((started = true), loading.deregister());
			return nextLoad(url, context);
		},
	});

	const startIteration = (start, waited, wokeBy) => {
		if (iteration) finishIteration();
		// Past a bound, no iteration is begun: from then on the hooks only count the callbacks, as dropped.
		if (++iterations > MAX_ITERATIONS || handles >= MAX_HANDLES || bytes >= MAX_BYTES) return void (exhausted = true);
		iteration = { n: turns.turn, start, end: start, waited, wokeBy, timers: pendingTimers(), ran: [] };
	};

	const finishIteration = () => {
		const { n, start, end, waited, wokeBy, timers, ran } = iteration;
		iteration = null;
		// A turn that only waited is sent; one whose every callback was over a bound is not.
		if (ran.length === 0 && waited === 0n) return;
		const head = ['loop', process.pid, 'main', n, String(start), String(end), String(waited), wokeBy, [], timers];
		// Handles go on the iteration's line while it stays short, then on continuation lines; past the byte budget,
		// the rest are dropped (the budget is spent: no iteration begins after this one).
		let line = [...head, []];
		let size = byteLength(line);
		if (bytes + size > MAX_BYTES) return void ((dropped += ran.length), (bytes = MAX_BYTES));
		bytes += size;
		for (const [index, ran1] of ran.entries()) {
			const add = byteLength(ran1) + 1;
			if (bytes + add > MAX_BYTES) {
				dropped += ran.length - index;
				bytes = MAX_BYTES;
				break;
			}
			if (size + add > MAX_LINE && line.at(-1).length > 0) {
				send(line);
				line = ['loop-ran', process.pid, 'main', n, []];
				size = byteLength(line);
				bytes += size;
			}
			line.at(-1).push(ran1);
			size += add;
			bytes += add;
		}
		// (An iteration none of whose handles fit is not sent: a turn that only waited is, with none.)
		if (line.at(-1).length > 0 || ran.length === 0) send(line);
	};

	const pendingTimers = () => {
		const pending = [];
		for (const [timeout, asyncId] of timeouts) {
			if (timeout._destroyed) {
				timeouts.delete(timeout);
				types.delete(asyncId);
				created.delete(asyncId);
			} else if (timeout._idleStart != null && !own.has(timeout._onTimeout)) {
				// Node stamps a timer with its loop clock (cached at the turn's start) as it makes it: the smallest
				// gap between the two clocks is the one that maps the loop clock onto the monotonic clock.
				const madeAt = createdAt.get(timeout);
				if (madeAt !== undefined) {
					clockOffsetMs = Math.min(clockOffsetMs, madeAt - timeout._idleStart);
					createdAt.delete(timeout);
				}
				// Shorter labels than a handle's: 16 of them share the iteration's first line.
				const label = labelOf(timeout._onTimeout, 'Timeout').slice(0, 80);
				pending.push([label, timeout._idleStart + timeout._idleTimeout]);
			}
		}
		pending.sort((a, b) => a[1] - b[1]);
		return pending
			.slice(0, MAX_TIMERS)
			.map(([label, dueMs]) => [label, String(BigInt(Math.round((dueMs + clockOffsetMs) * 1e6)))]);
	};

	const hook = createHook(
		guarded({
			init(asyncId, type, _trigger, resource) {
				if (type === 'PROMISE' || exhausted) return;
				types.set(asyncId, type);
				if (type === 'Timeout' || type === 'Immediate') created.set(asyncId, turns.stamp());
				if (type === 'Timeout') {
					// Its loop-clock stamp is set just after this: see pendingTimers.
					createdAt.set(resource, Number(now()) / 1e6);
					timeouts.set(resource, asyncId);
				}
			},
			before(asyncId) {
				if (!started && depth === 0 && types.has(asyncId) && !(types.get(asyncId) in QUEUE_LABELS)) started = true;
				if (depth++ > 0 || !started) return;
				// (The recorder's own flush timer, rare, is counted among them: telling it apart would cost every callback.)
				if (exhausted) return void dropped++;
				const known = types.get(asyncId);
				// A queue's callback (a promise's is not kept: unknown) in a full iteration: it starts no turn and follows no
				// wait, so there is nothing to learn from it but that it ran.
				if (iteration?.ran.length >= MAX_HANDLES_PER_ITERATION && (known === undefined || known in QUEUE_LABELS))
					return void (dropped++, (handle = null));
				const resource = executionAsyncResource();
				// A promise's type is not kept (promises are many); a resource made before the recorder started is named by
				// its class, and counted as I/O.
				const type = known ?? (resource instanceof Promise ? 'PROMISE' : (resource?.constructor?.name ?? 'other'));
				if (type === 'Timeout' && own.has(resource._onTimeout)) return void (handle = null);
				const start = now();
				const closing = type.endsWith('WRAP') && hasCloseCallback(resource);
				const phase = phaseOf(type, closing);
				const idle = idleNs();
				const waited = idle - idleSeen;
				idleSeen = idle;
				const stamp = created.get(asyncId);
				// Node's loop blocks only in its poll phase: a wait since the last callback means it reached that phase,
				// in the turn it was in or in a new one (node-loop-turns.mjs). The wait is that turn's, and what runs next
				// says what ended it; a timer runs in the turn after it, so a turn may have run nothing but the wait.
				if (waited > 0n) {
					if (turns.wait(WRITE.test(lastLoopType))) startIteration(lastEnd, 0n, 'ready');
					if (iteration) {
						iteration.waited += waited;
						iteration.wokeBy = type === 'MESSAGEPORT' ? 'thread' : ({ timers: 'timer', poll: 'io' }[phase] ?? 'none');
						iteration.end = start; // it waited until about now
					}
				}
				if (!(type in QUEUE_LABELS)) lastLoopType = type;
				if (turns.next(phase, stamp)) startIteration(start, 0n, 'ready');
				else if (!iteration && iterations === 0) startIteration(start, 0n, 'none'); // the main module's turn
				if (exhausted) return void dropped++; // this one reached the bound
				handle = [labelFor(type, resource), null, phase, start, 0n, output.lines, 0, null];
			},
			after(asyncId) {
				if (--depth > 0 || exhausted) return;
				const type = types.get(asyncId);
				if (type !== undefined && (ONCE.has(type) || REQUEST.test(type)))
					(types.delete(asyncId), created.delete(asyncId));
				if (!handle) return;
				const end = now();
				lastEnd = end;
				handle[4] = end;
				handle[6] = output.lines;
				if (iteration && handles < MAX_HANDLES && iteration.ran.length < MAX_HANDLES_PER_ITERATION) {
					handle[3] = String(handle[3]);
					handle[4] = String(end);
					iteration.ran.push(handle);
					iteration.end = end;
					handles++;
				} else {
					dropped++;
					if (iteration) iteration.end = end;
				}
				handle = null;
			},
		})
	);
	hook.enable();

	// A hook that throws ends the process: the recorder stops instead, and the page says the loop went unseen.
	function guarded(hooks) {
		for (const [name, fn] of Object.entries(hooks)) {
			hooks[name] = function (...args) {
				try {
					fn(...args);
				} catch (error) {
					hook.disable();
					iteration = null;
					send(['loop-unseen', process.pid, `the loop recorder failed: ${String(error?.message).slice(0, 200)}`]);
				}
			};
		}
		return hooks;
	}

	return function finish() {
		hook.disable();
		// process.exit() in a callback: it ends there.
		if (handle && iteration) {
			handle[3] = String(handle[3]);
			handle[4] = String(now());
			handle[6] = output.lines;
			iteration.ran.push(handle);
		}
		if (iteration) finishIteration();
		if (dropped > 0) send(['loop-dropped', process.pid, 'main', dropped]);
	};
}

/** Node sets a handle's `handle_onclose` symbol when it closes it: its callback now is the close callback. */
function hasCloseCallback(resource) {
	for (const symbol of Object.getOwnPropertySymbols(resource ?? {})) {
		if (symbol.description === 'handle_onclose') return true;
	}
	return false;
}

function labelOf(fn, fallback) {
	return (typeof fn === 'function' && typeof fn.name === 'string' && fn.name.slice(0, 200)) || fallback;
}

const byteLength = (value) => Buffer.byteLength(JSON.stringify(value));

function realPath(file) {
	try {
		return realpathSync(file);
	} catch {
		return file;
	}
}

function labelFor(type, resource) {
	switch (type) {
		case 'Timeout':
			return labelOf(resource?._onTimeout, 'Timeout');
		case 'Immediate':
			return labelOf(resource?._onImmediate, 'Immediate');
		case 'TickObject':
			return labelOf(resource?.callback, 'nextTick');
		default:
			return QUEUE_LABELS[type] ?? type;
	}
}
