/**
 * Every `LoopCause` (shared/loop.ts), as a list: what the recorders' events are checked against
 * (engine/record/events.ts), what a loop claim may name (engine/discover/claims-schema.ts) and what a result keeps
 * (engine/model/timeline-schema.ts). Isomorphic.
 */
import type { LoopCause } from './loop.ts';

export const LOOP_CAUSES = [
	'create_task',
	'yield',
	'future',
	'timer',
	'io',
	'call_soon',
	'call_soon_threadsafe',
	'timers',
	'poll',
	'check',
	'close',
	'nextTick',
	'promise',
	'other',
] as const satisfies ReadonlyArray<LoopCause>;

// And the other way round: a cause added to the contract must be added here.
null as unknown as LoopCause satisfies (typeof LOOP_CAUSES)[number];
