/**
 * Checking a claim against a timeline, pure: the build checks an example's claims with it (engine/verdict/claims.ts
 * adds the schema of `"claims"` in example.json), and the page's challenges check a reader's run in the browser
 * with the very same code. Isomorphic: no `node:*`, no DOM.
 *
 * Rows are picked by a selector: `kind:label`, where kind is one of the row kinds (`RowKind`: process, thread, task,
 * worker, child, span, and Spark's executor, slot and stage), or `call` for the calls a pool ran (optional), and
 * label may use `*` as a wildcard; `|` joins several: `"task:job-*"`, `"call:crunch"`, `"worker:*"`, `"a|b|c"`.
 */

import type { Interval, RowKind, SparkTaskBar, Timeline, TimelineRow } from './timeline.ts';
import { checkLoopClaim, defaultLoopSays, isLoopClaim, type LoopClaim } from './loop-claims.ts';

export type { LoopClaim } from './loop-claims.ts';

type Bounds = { atMostMs?: number | undefined; atLeastMs?: number | undefined };
type Says = { rows: string; says?: string | undefined };

/** A claim about the tasks Spark's event log put on the timeline: it names no rows. */
export type SparkClaim = { says?: string | undefined } & (
	| { kind: 'spark-tasks-at-once'; max: number; atLeast?: number | undefined }
	| { kind: 'spark-stage-barrier'; before: number; after: number; app?: number | undefined }
	| {
			kind: 'spark-partition-runs';
			partition: number;
			stage?: number | undefined;
			times: number;
			app?: number | undefined;
	  }
);

const isSparkClaim = (claim: Claim): claim is SparkClaim => claim.kind.startsWith('spark-');

/** One claim, as example.json states it once defaults are applied (the schema: engine/discover/claims-schema.ts). */
export type Claim = SparkClaim | LoopClaim | RowClaim;

type RowClaim = Says &
	(
		| { kind: 'overlap'; atLeast: number }
		| { kind: 'max-in-flight'; max: number }
		| { kind: 'total-near-longest' }
		| { kind: 'total-near-sum' }
		| ({ kind: 'longest-gap' } & Bounds)
		| ({ kind: 'longest-step' } & Bounds)
		| ({ kind: 'duration' } & Bounds)
		| { kind: 'outcome'; is: string }
		| { kind: 'starts-after'; after: string }
	);

export interface CheckedClaim {
	/** What the example claims, in words. */
	says: string;
	/** What the run showed, in words ("3", "total 305 ms; longest 300 ms; sum 600 ms"). */
	measured: string;
	holds: boolean;
}

const round = (n: number) => `${Math.round(n)} ms`;
const bounds = (c: Bounds) =>
	[
		c.atLeastMs !== undefined ? `at least ${c.atLeastMs} ms` : '',
		c.atMostMs !== undefined ? `at most ${c.atMostMs} ms` : '',
	]
		.filter(Boolean)
		.join(' and ') || 'any length';
const within = (value: number, c: Bounds) =>
	(c.atLeastMs === undefined || value >= c.atLeastMs) && (c.atMostMs === undefined || value <= c.atMostMs);

/** The rows a selector picks, in timeline order; a pool's calls (`call:…`) each count as a row of their own. */
export function selectRows(timeline: Timeline, selector: string): TimelineRow[] {
	const calls: TimelineRow[] = timeline.rows.flatMap((row) =>
		(row.calls ?? []).map((c) => ({ kind: 'call' as never, label: c.name, depth: row.depth + 1, bars: [c] }))
	);
	const matchers = selector.split('|').map((one) => {
		const colon = one.indexOf(':');
		const kind = colon > 0 ? one.slice(0, colon) : null;
		const label = colon > 0 ? one.slice(colon + 1) : one;
		const pattern = new RegExp(`^${label.split('*').map(escape).join('.*')}$`);
		return (row: TimelineRow) => (kind ? row.kind === kind : row.kind !== ('call' as never)) && pattern.test(row.label);
	});
	return [...timeline.rows, ...calls].filter((row) => matchers.some((m) => m(row)));
}
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Most bars alive at one moment. */
export function maxInFlight(bars: Interval[]): number {
	const edges = bars.flatMap((b) => [
		{ t: b.start, d: 1 },
		{ t: b.end, d: -1 },
	]);
	// At equal times an end comes first: a bar that starts as another ends does not overlap it.
	edges.sort((a, b) => a.t - b.t || a.d - b.d);
	let now = 0;
	let max = 0;
	for (const e of edges) max = Math.max(max, (now += e.d));
	return max;
}

/** The longest stretch inside a row's bar when it was not running (asyncio steps, or pool calls). */
function longestGap(row: TimelineRow): number {
	const busy = (row.running ?? row.calls ?? []).slice().sort((a, b) => a.start - b.start);
	let longest = 0;
	let last = busy[0]?.end ?? row.bars[0]!.start;
	for (const b of busy.slice(1)) {
		longest = Math.max(longest, b.start - last);
		last = Math.max(last, b.end);
	}
	return longest;
}

export function defaultSays(claim: Claim): string {
	if (isLoopClaim(claim)) return defaultLoopSays(claim);
	switch (claim.kind) {
		case 'overlap':
			return `${claim.atLeast === 2 ? 'they overlap' : `at least ${claim.atLeast} run at the same time`} (${claim.rows})`;
		case 'max-in-flight':
			return `at most ${claim.max} in flight (${claim.rows})`;
		case 'total-near-longest':
			return `total is close to the longest, not the sum (${claim.rows})`;
		case 'total-near-sum':
			return `total is about the sum: one after the other (${claim.rows})`;
		case 'longest-gap':
			return `${claim.rows} never stops for ${bounds(claim).replace('at least', 'less than').replace('at most', 'more than')}`;
		case 'longest-step':
			return `longest step of ${claim.rows} holding the loop: ${bounds(claim)}`;
		case 'duration':
			return `${claim.rows} lasts ${bounds(claim)}`;
		case 'outcome':
			return `${claim.rows} ${claim.is}`;
		case 'starts-after':
			return `${claim.rows} starts after ${claim.after} has ended`;
		case 'spark-tasks-at-once':
			return claim.atLeast === claim.max
				? `exactly ${claim.max} Spark tasks at once at the busiest moment`
				: `at most ${claim.max} Spark task(s) at once`;
		case 'spark-stage-barrier':
			return `no task of stage ${claim.after} starts before every task of stage ${claim.before} ended`;
		case 'spark-partition-runs':
			return `partition ${claim.partition}${claim.stage === undefined ? '' : ` of stage ${claim.stage}`} ran ${claim.times === 1 ? 'once' : claim.times === 2 ? 'twice' : `${claim.times} times`}`;
	}
}

/** Every Spark task on the timeline's slot rows. */
const sparkTasks = (timeline: Timeline): SparkTaskBar[] => timeline.rows.flatMap((r) => r.tasks ?? []);

function checkSparkClaim(claim: SparkClaim, says: string, timeline: Timeline): CheckedClaim {
	const appOf = 'app' in claim ? claim.app : undefined;
	const tasks = sparkTasks(timeline).filter((t) => appOf === undefined || t.app === appOf);
	if (!tasks.length) return { says, holds: false, measured: 'no Spark task on the timeline (no event log was read)' };
	switch (claim.kind) {
		case 'spark-tasks-at-once': {
			const most = maxInFlight(tasks.map((t) => ({ start: t.start, end: t.slotEnd })));
			return {
				says,
				holds: most <= claim.max && (claim.atLeast === undefined || most >= claim.atLeast),
				measured: `${most} at once, over ${tasks.length} tasks`,
			};
		}
		case 'spark-stage-barrier': {
			// Per application: each numbers its stages from 0.
			const apps = [...new Set(tasks.map((t) => t.app))].filter(
				(app) =>
					tasks.some((t) => t.app === app && t.stage === claim.before) &&
					tasks.some((t) => t.app === app && t.stage === claim.after)
			);
			if (!apps.length)
				return {
					says,
					holds: false,
					measured: `no application ran both stage ${claim.before} and stage ${claim.after}`,
				};
			let gap = Infinity;
			for (const app of apps) {
				const first = tasks.filter((t) => t.app === app && t.stage === claim.before);
				const second = tasks.filter((t) => t.app === app && t.stage === claim.after);
				const lastEnd = Math.max(...first.map((t) => t.end));
				const early = second.filter((t) => t.start < lastEnd).length;
				if (early)
					return {
						says,
						holds: false,
						measured: `${early} task(s) of stage ${claim.after} started before stage ${claim.before} ended`,
					};
				gap = Math.min(gap, Math.min(...second.map((t) => t.start)) - lastEnd);
			}
			return {
				says,
				holds: true,
				measured: `stage ${claim.after} started ${round(gap)} after stage ${claim.before} ended`,
			};
		}
		case 'spark-partition-runs': {
			const runs = tasks.filter(
				(t) => t.partition === claim.partition && (claim.stage === undefined || t.stage === claim.stage)
			);
			const failed = runs.filter((t) => t.failed).length;
			return {
				says,
				holds: runs.length === claim.times,
				measured: `${runs.length} attempt(s)${failed ? `, ${failed} failed` : ''}`,
			};
		}
	}
}

/**
 * What a kind of timeline records: the row kinds it has (`call`: a pool's calls), and which of the rows' optional
 * fields it fills. A claim that reads something else cannot be measured on it (`unmeasurable`).
 */
export interface TimelineRecords {
	kinds: ReadonlyArray<RowKind | 'call'>;
	/** `loop`: the event loop's own view (Timeline.loop), which the loop claims read. */
	fields: ReadonlyArray<'running' | 'calls' | 'outcome' | 'tasks' | 'loop'>;
}

/**
 * What a browser's run records (browser/practice/checker.ts `browserTimeline`): the program as a process, each
 * asyncio task with its start, end and outcome (not its steps), and `performance.measure()` spans.
 */
export const BROWSER_TIMELINE: TimelineRecords = { kinds: ['process', 'task', 'span'], fields: ['outcome'] };

/**
 * What a claim needs that a timeline recording only `records` lacks, in words ("steps of asyncio tasks"), or null
 * when it can be measured there. Without it the claim would measure nothing: an empty selection, or 0 ms, which
 * makes an "at most" always hold and an "at least" never.
 */
export function unmeasurable(claim: Claim, records: TimelineRecords): string | null {
	const lacks = (field: TimelineRecords['fields'][number]) => !records.fields.includes(field);
	if (isSparkClaim(claim)) return lacks('tasks') ? 'Spark tasks' : null;
	if (isLoopClaim(claim)) return lacks('loop') ? "the event loop's iterations" : null;
	const selectors = [claim.rows, ...(claim.kind === 'starts-after' ? [claim.after] : [])].flatMap((s) => s.split('|'));
	for (const one of selectors) {
		const colon = one.indexOf(':');
		const kind = colon > 0 ? one.slice(0, colon) : null;
		if (kind && !records.kinds.includes(kind as RowKind)) return `${kind} rows`;
	}
	if (claim.kind === 'longest-step' && lacks('running')) return 'steps of asyncio tasks';
	if (claim.kind === 'longest-gap' && lacks('running') && lacks('calls'))
		return 'record of when a row ran: asyncio steps or pool calls';
	if (claim.kind === 'outcome' && lacks('outcome')) return 'outcomes';
	return null;
}

/** Checks one claim against a timeline. */
export function checkClaim(claim: Claim, timeline: Timeline): CheckedClaim {
	const says = claim.says ?? defaultSays(claim);
	if (isSparkClaim(claim)) return checkSparkClaim(claim, says, timeline);
	if (isLoopClaim(claim)) return checkLoopClaim(claim, says, timeline.loop);
	const picked = selectRows(timeline, claim.rows);
	if (!picked.length) {
		const labels = timeline.rows.map((r) => `${r.kind}:${r.label}`).join(', ');
		return { says, holds: false, measured: `no row matches "${claim.rows}" (rows: ${labels})` };
	}
	const bars = picked.flatMap((r) => r.bars);
	const lengths = bars.map((b) => b.end - b.start);
	switch (claim.kind) {
		case 'overlap':
		case 'max-in-flight': {
			const max = maxInFlight(bars);
			const holds = claim.kind === 'overlap' ? max >= claim.atLeast : max <= claim.max;
			return { says, holds, measured: `${max} at once` };
		}
		case 'total-near-longest':
		case 'total-near-sum': {
			const total = Math.max(...bars.map((b) => b.end)) - Math.min(...bars.map((b) => b.start));
			const longest = Math.max(...lengths);
			const sum = lengths.reduce((a, b) => a + b, 0);
			const nearLongest = total - longest < sum - total;
			const holds = claim.kind === 'total-near-longest' ? nearLongest : !nearLongest;
			return { says, holds, measured: `total ${round(total)}; longest ${round(longest)}; sum ${round(sum)}` };
		}
		case 'longest-gap':
		case 'longest-step': {
			const value =
				claim.kind === 'longest-gap'
					? Math.max(...picked.map(longestGap))
					: Math.max(0, ...picked.flatMap((r) => (r.running ?? []).map((s) => s.end - s.start)));
			return { says, holds: within(value, claim), measured: round(value) };
		}
		case 'duration': {
			const [min, max] = [Math.min(...lengths), Math.max(...lengths)];
			const holds = lengths.every((l) => within(l, claim));
			return {
				says,
				holds,
				measured: min === max || bars.length === 1 ? round(max) : `${round(min)} to ${round(max)}`,
			};
		}
		case 'outcome': {
			const outcomes = [...new Set(picked.map((r) => r.outcome ?? 'returned'))];
			return { says, holds: outcomes.every((o) => o === claim.is), measured: outcomes.join(', ') };
		}
		case 'starts-after': {
			const before = selectRows(timeline, claim.after).flatMap((r) => r.bars);
			if (!before.length) return { says, holds: false, measured: `no row matches "${claim.after}"` };
			const lastEnd = Math.max(...before.map((b) => b.end));
			const firstStart = Math.min(...bars.map((b) => b.start));
			return { says, holds: firstStart >= lastEnd, measured: `starts ${round(firstStart - lastEnd)} after` };
		}
	}
}
