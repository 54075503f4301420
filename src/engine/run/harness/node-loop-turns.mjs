// Which phase of Node's event loop ran a callback, and when a new turn of the loop began: the pure part of the loop
// recorder (node-loop-recorder.mjs), apart so that its rules are unit-tested (tests/engine/run/node-loop-turns.unit.test.ts).
//
// Node reports no turn counter and no phase. What it does report, through `node:async_hooks`, is the type of the
// resource whose callback runs (`Timeout`, `Immediate`, `TickObject`, `PROMISE`, `FSREQCALLBACK`, `TCPWRAP`, …). A
// turn of libuv's loop runs its phases in a fixed order: timers, (pending), poll, check, close. So:
// - the phase comes from the type: `Timeout` → timers, `Immediate` → check, a handle whose close callback runs
//   (Node has set its `handle_onclose` symbol) → close, any other native resource (I/O, a worker's message, a child
//   process) → poll (libuv's "pending" callbacks, a write's completion deferred to the next turn, are counted as poll);
//   `TickObject` → nextTick and `PROMISE` / `Microtask` → promise, the two queues Node empties after every callback;
// - a new turn begins when a callback of a loop phase comes after one of a later phase of the same turn (a timer after
//   a check callback, an I/O callback after a close callback) — and at the loop's first callback, since the main
//   module and the ticks and promise jobs it queued run before the loop's first turn (they are turn 1 here);
// - and when a timer or an immediate runs in the turn, and at or before the phase, it was created in: Node runs a
//   timer made in the timers phase, and an immediate made in the check phase, on a later turn, never in the same one
//   (so a chain of `setImmediate` counts one turn per link, as the loop ran it);
// - and when the loop waited (blocked in its poll phase, which the recorder measures) after a callback of the poll,
//   check or close phase, or before a timer: the wait is a poll phase. libuv blocks at most once in a poll phase, and
//   before it runs any of its callbacks (uv__io_poll: a first look that does not block, a blocking one only when that
//   found nothing, and it returns once it has run callbacks), so a wait after an I/O callback is the next turn's. Not
//   after a write's completion (`WRITEWRAP`, `SHUTDOWNWRAP`): libuv runs one that finished at once in its pending
//   phase, which comes before the poll phase of the same turn; a wait after it stays in the turn.
// What this cannot see: two turns in a row that ran callbacks of the same single phase without waiting (two I/O
// callbacks, each in its own turn, with nothing in the timers, check or close phases between them) count as one
// turn; a turn that neither ran a callback nor waited is not counted.

/** Loop phases in the order one turn runs them; the queues (nextTick, promise) belong to no order. */
const ORDER = { timers: 0, poll: 1, check: 2, close: 3 };
/** Before the loop: the main module, and what it queued. Any loop phase after it begins the first turn. */
const BEFORE_LOOP = 4;

const QUEUES = { TickObject: 'nextTick', PROMISE: 'promise', Microtask: 'promise' };

/**
 * The phase (a `NodePhase` of src/shared/loop.ts) of a callback, from the async_hooks type of its resource and
 * whether the resource is a handle being closed.
 * @param {string} type
 * @param {boolean} closing
 */
export function phaseOf(type, closing) {
	if (type === 'Timeout') return 'timers';
	if (type === 'Immediate') return 'check';
	const queue = QUEUES[type];
	if (queue) return queue;
	return closing ? 'close' : 'poll';
}

/** Counts the turns of the loop from the phases of the callbacks it ran, in order. */
export class TurnCounter {
	/** 1 is the main module's turn (before the loop). */
	turn = 1;
	#last = BEFORE_LOOP;

	/** Where the loop is now, for a timer or an immediate being created: `next` takes it back when it runs. */
	stamp() {
		return this.turn * 8 + this.#last;
	}

	/**
	 * Takes the next callback's phase, and for a timer or an immediate the `stamp()` of its creation; true when it
	 * begins a new turn.
	 * @param {string} phase
	 * @param {number} [created]
	 */
	next(phase, created) {
		const order = ORDER[phase];
		if (order === undefined) return false; // a queue: it runs in the turn of the callback before it
		const madeThisTurn = created !== undefined && created >> 3 === this.turn && order <= (created & 7);
		const newTurn = order < this.#last || this.#last === BEFORE_LOOP || madeThisTurn;
		this.#last = order;
		if (newTurn) this.turn++;
		return newTurn;
	}

	/**
	 * Takes a wait, measured since the last callback: the loop reached its poll phase. True when it begins a new turn.
	 * @param {boolean} afterWrite the last callback of a phase completed a write, which may have run in the pending
	 *   phase, before this turn's poll
	 */
	wait(afterWrite) {
		const poll = ORDER.poll;
		const newTurn = this.#last === BEFORE_LOOP || this.#last > poll || (this.#last === poll && !afterWrite);
		this.#last = poll;
		if (newTurn) this.turn++;
		return newTurn;
	}
}
