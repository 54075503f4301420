/**
 * Claims an example makes about its run (`"claims"` in example.json), checked at build time against the timeline
 * recorded from that very run. A claim that does not hold fails the build like a failed assertion; one that holds
 * is shown under the timeline with what was measured ("at most 3 in flight — measured: 3").
 *
 * Rows are picked by a selector: `kind:label`, where kind is one of process, thread, task, worker, child, span, or
 * `call` for the calls a pool ran (optional), and label may use `*` as a wildcard; `|` joins several:
 * `"task:job-*"`, `"call:crunch"`, `"worker:*"`, `"a|b|c"`. The `spark-*` claims need no rows: they read the tasks
 * Spark's event log put on the timeline.
 */
import { z } from 'astro/zod';
import type { Interval, SparkTaskBar, Timeline, TimelineRow } from '../record/timeline.ts';

const rows = z.string().min(1).describe('which rows: `kind:label`, `*` as a wildcard, e.g. "task:job-*"');
const says = z
	.string()
	.min(1)
	.optional()
	.describe('the sentence shown on the page; a default is written from the claim');
const ms = z.number().min(0);

export const ClaimSchema = z.discriminatedUnion('kind', [
	/** At some moment at least `atLeast` of the selected bars run at the same time. */
	z.strictObject({ kind: z.literal('overlap'), rows, atLeast: z.number().int().min(2).default(2), says }),
	/** Never more than `max` of the selected bars at the same time. */
	z.strictObject({ kind: z.literal('max-in-flight'), rows, max: z.number().int().min(1), says }),
	/** From the first start to the last end is closer to the longest bar than to the sum of all of them. */
	z.strictObject({ kind: z.literal('total-near-longest'), rows, says }),
	/** From the first start to the last end is closer to the sum of the bars than to the longest one. */
	z.strictObject({ kind: z.literal('total-near-sum'), rows, says }),
	/** The longest time the selected rows did not run (between asyncio steps, or calls) is within bounds. */
	z.strictObject({ kind: z.literal('longest-gap'), rows, atMostMs: ms.optional(), atLeastMs: ms.optional(), says }),
	/** The longest single asyncio step (time holding the loop without an await) is within bounds. */
	z.strictObject({ kind: z.literal('longest-step'), rows, atMostMs: ms.optional(), atLeastMs: ms.optional(), says }),
	/** Each selected bar lasts within bounds. */
	z.strictObject({ kind: z.literal('duration'), rows, atMostMs: ms.optional(), atLeastMs: ms.optional(), says }),
	/** The selected rows ended this way: `returned`, `cancelled`, `raised TimeoutError`, `exit code 1`. */
	z.strictObject({ kind: z.literal('outcome'), rows, is: z.string().min(1), says }),
	/** Every selected bar starts after every bar of `after` has ended. */
	z.strictObject({ kind: z.literal('starts-after'), rows, after: z.string().min(1), says }),
	// Spark runs: on the tasks of the timeline's slot rows, from Spark's event log (record/spark-timeline.ts).
	/** Never more than `max` Spark tasks running at once (each from its launch to its slot's end). */
	z.strictObject({
		kind: z.literal('spark-tasks-at-once'),
		max: z.number().int().min(1),
		atLeast: z.number().int().min(1).optional(),
		says,
	}),
	/** No task of stage `after` launches before every task of stage `before` has ended: the shuffle barrier. */
	z.strictObject({
		kind: z.literal('spark-stage-barrier'),
		before: z.number().int().min(0),
		after: z.number().int().min(0),
		/** Only the tasks of this Spark application (0 for the first the program started); default: every one. */
		app: z.number().int().min(0).optional(),
		says,
	}),
	/** Partition `partition` (of stage `stage`, or of every stage) ran exactly `times` times (its attempts). */
	z.strictObject({
		kind: z.literal('spark-partition-runs'),
		partition: z.number().int().min(0),
		stage: z.number().int().min(0).optional(),
		times: z.number().int().min(1),
		/** Only the tasks of this Spark application (0 for the first the program started); default: every one. */
		app: z.number().int().min(0).optional(),
		says,
	}),
]);

export type Claim = z.output<typeof ClaimSchema>;

export interface CheckedClaim {
	/** What the example claims, in words. */
	says: string;
	/** What the run showed, in words ("3", "total 305 ms; longest 300 ms; sum 600 ms"). */
	measured: string;
	holds: boolean;
}

const round = (n: number) => `${Math.round(n)} ms`;
const bounds = (c: { atMostMs?: number; atLeastMs?: number }) =>
	[
		c.atLeastMs !== undefined ? `at least ${c.atLeastMs} ms` : '',
		c.atMostMs !== undefined ? `at most ${c.atMostMs} ms` : '',
	]
		.filter(Boolean)
		.join(' and ') || 'any length';
const within = (value: number, c: { atMostMs?: number; atLeastMs?: number }) =>
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

function checkSparkClaim(
	claim: Extract<Claim, { kind: `spark-${string}` }>,
	says: string,
	timeline: Timeline
): CheckedClaim {
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

/** Checks one claim against a timeline. */
export function checkClaim(claim: Claim, timeline: Timeline): CheckedClaim {
	const says = claim.says ?? defaultSays(claim);
	if (claim.kind.startsWith('spark-'))
		return checkSparkClaim(claim as Extract<Claim, { kind: `spark-${string}` }>, says, timeline);
	if (!('rows' in claim)) throw new Error(`claim ${claim.kind} names no rows`);
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
