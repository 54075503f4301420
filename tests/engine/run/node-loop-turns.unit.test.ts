/**
 * The Node loop recorder's inference of phases and turns (harness/node-loop-turns.mjs): Node names a callback's
 * resource, never its phase nor its turn.
 */
import { describe, expect, it } from 'vitest';
import { phaseOf, TurnCounter } from '../../../src/engine/run/harness/node-loop-turns.mjs';

/**
 * The turn of each callback, given its phase (and for a timer or immediate, the index of the callback that made it);
 * `wait` is a wait the recorder measured between two callbacks (`wait after write`: after a write's completion).
 */
function turnsOf(callbacks: Array<[phase: string, madeBy?: number | 'main']>): number[] {
	const counter = new TurnCounter();
	const stamps: number[] = [];
	const mainStamp = counter.stamp();
	const turns: number[] = [];
	for (const [phase, madeBy] of callbacks) {
		if (phase.startsWith('wait')) {
			counter.wait(phase === 'wait after write');
			continue;
		}
		const made = madeBy === undefined ? undefined : madeBy === 'main' ? mainStamp : stamps[madeBy];
		counter.next(phase, made);
		stamps.push(counter.stamp());
		turns.push(counter.turn);
	}
	return turns;
}

describe('phaseOf', () => {
	it("names the phase or queue of each async_hooks resource type, a closing handle's callback as close", () => {
		expect(
			[
				['Timeout', false],
				['Immediate', false],
				['TickObject', false],
				['PROMISE', false],
				['Microtask', false],
				['FSREQCALLBACK', false],
				['TCPWRAP', false],
				['TCPWRAP', true],
				['MESSAGEPORT', false],
			].map(([type, closing]) => phaseOf(type as string, closing as boolean))
		).toEqual(['timers', 'check', 'nextTick', 'promise', 'promise', 'poll', 'poll', 'close', 'poll']);
	});
});

describe('TurnCounter', () => {
	it('keeps the main module and its queues in turn 1, and begins turn 2 at the first loop callback', () => {
		expect(turnsOf([['promise'], ['nextTick'], ['promise'], ['check', 'main']])).toEqual([1, 1, 1, 2]);
	});

	it('begins a new turn when a phase comes after a later one: timers, poll, check, close, then timers again', () => {
		expect(turnsOf([['timers'], ['poll'], ['check'], ['close'], ['timers'], ['check'], ['poll']])).toEqual([
			2, 2, 2, 2, 3, 3, 4,
		]);
	});

	it('keeps the queues run between callbacks in the turn of the callback before them', () => {
		expect(turnsOf([['timers'], ['nextTick'], ['promise'], ['timers'], ['promise'], ['check']])).toEqual([
			2, 2, 2, 2, 2, 2,
		]);
	});

	it('counts a chain of setImmediate one turn per link, and an immediate made in a timer in the same turn', () => {
		// Node runs an immediate queued during the check phase on the next turn.
		expect(
			turnsOf([
				['check', 'main'],
				['check', 0],
				['check', 1],
			])
		).toEqual([2, 3, 4]);
		expect(
			turnsOf([
				['timers', 'main'],
				['check', 0],
			])
		).toEqual([2, 2]);
		// …and one made by a nextTick of a check callback too: what made it ran in the check phase.
		expect(turnsOf([['check', 'main'], ['nextTick'], ['check', 1]])).toEqual([2, 2, 3]);
	});

	it('counts a timer made in a timer callback in a later turn, even with nothing between them', () => {
		expect(
			turnsOf([
				['timers', 'main'],
				['timers', 0],
			])
		).toEqual([2, 3]);
		// Two timers made together and due together run in the same timers phase.
		expect(
			turnsOf([
				['timers', 'main'],
				['timers', 'main'],
			])
		).toEqual([2, 2]);
	});

	it('treats a wait as the poll phase: a timer after it begins a turn, an I/O or check callback does not', () => {
		// Two timers due 10 ms apart: the loop waited between them, so they ran in two turns.
		expect(turnsOf([['timers', 'main'], ['wait'], ['timers', 'main']])).toEqual([2, 3]);
		expect(turnsOf([['timers'], ['wait'], ['poll'], ['check']])).toEqual([2, 2, 2]);
		// A wait after a check callback is the next turn's poll phase; one after the main module, the loop's first.
		expect(turnsOf([['check'], ['wait'], ['poll']])).toEqual([2, 3]);
		expect(turnsOf([['promise'], ['wait'], ['timers']])).toEqual([1, 3]);
	});

	it('tells apart two turns of I/O callbacks by the wait between them, unless the first completed a write', () => {
		// libuv blocks once in a poll phase, before its callbacks: a wait after one is the next turn's.
		expect(turnsOf([['poll'], ['wait'], ['poll']])).toEqual([2, 3]);
		// A write that completed at once runs in the pending phase, before the same turn's poll.
		expect(turnsOf([['poll'], ['wait after write'], ['poll']])).toEqual([2, 2]);
	});

	it('cannot tell two turns apart that each ran only I/O callbacks, without a wait (what the module header says)', () => {
		expect(turnsOf([['poll'], ['poll']])).toEqual([2, 2]);
	});
});
