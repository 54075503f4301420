/**
 * A challenge's checker: the reader's run in the browser, judged by the very claims the build checked the reference
 * solution by (shared/claims.ts), over a timeline made from what the browser runner recorded (asyncio tasks on
 * Pyodide, `performance.measure()` spans in the TypeScript worker). Pure: unit-tested without a browser.
 */
import { checkClaim, type Claim } from '../../shared/claims.ts';
import type { Timeline, TimelineRow } from '../../shared/timeline.ts';
import type { RunEvent } from '../runner/worker-output.ts';

/** The timeline of a browser run: the program as the main process, each task a row, spans grouped by name. */
export function browserTimeline(events: RunEvent[]): Timeline {
	const totalMs = Math.max(0, ...events.map((e) => e.end));
	const rows: TimelineRow[] = [{ kind: 'process', label: 'main', depth: 0, bars: [{ start: 0, end: totalMs }] }];
	for (const e of events.filter((e) => e.kind === 'task')) {
		const row: TimelineRow = { kind: 'task', label: e.name, depth: 1, bars: [{ start: e.start, end: e.end }] };
		if (e.outcome && e.outcome !== 'returned') row.outcome = e.outcome;
		rows.push(row);
	}
	const spans = events.filter((e) => e.kind === 'span').sort((a, b) => a.start - b.start);
	for (const name of new Set(spans.map((s) => s.name))) {
		const bars = spans.filter((s) => s.name === name).map(({ start, end }) => ({ start, end }));
		rows.push({ kind: 'span', label: name, depth: 1, bars });
	}
	return { rows, totalMs };
}

/** What a claim asks for, in the words the checker shows after "wanted". */
export function wanted(claim: Claim): string {
	const bounds = (c: { atMostMs?: number | undefined; atLeastMs?: number | undefined }) =>
		[c.atLeastMs !== undefined && `at least ${c.atLeastMs} ms`, c.atMostMs !== undefined && `at most ${c.atMostMs} ms`]
			.filter(Boolean)
			.join(' and ');
	switch (claim.kind) {
		case 'overlap':
			return `at least ${claim.atLeast} at once`;
		case 'max-in-flight':
			return `at most ${claim.max} at once`;
		case 'total-near-longest':
			return 'a total closer to the longest than to the sum';
		case 'total-near-sum':
			return 'a total closer to the sum than to the longest';
		case 'longest-gap':
		case 'longest-step':
		case 'duration':
			return bounds(claim);
		case 'outcome':
			return claim.is;
		case 'starts-after':
			return 'starts 0 ms or more after';
		// A browser runs no Spark: no challenge has these, but the checker names them all.
		case 'spark-tasks-at-once':
			return `at most ${claim.max} Spark tasks at once`;
		case 'spark-stage-barrier':
			return `stage ${claim.after} after stage ${claim.before}`;
		case 'spark-partition-runs':
			return `${claim.times} run(s) of partition ${claim.partition}`;
		// Nor does it record the loop's iterations: these fail there saying so (shared/loop-claims.ts).
		case 'loop-same-iteration':
			return `${claim.handles.join(', ')} in one iteration, in order`;
		case 'loop-blocked':
			return `one handle holding the loop ${claim.atLeastMs} ms or more`;
		case 'loop-timer-order':
			return `${claim.first}'s timer due first`;
		case 'loop-iterations':
			return [
				claim.atLeast !== undefined && `at least ${claim.atLeast}`,
				claim.atMost !== undefined && `at most ${claim.atMost}`,
			]
				.filter(Boolean)
				.join(' and ');
		case 'loop-cause':
			return `a handle put there by ${claim.cause}`;
		case 'loop-runs-before':
			return `${claim.first} first`;
	}
}

export interface Verdict {
	holds: boolean;
	/** One line per check: what it says, what the run showed, and what was wanted. */
	lines: Array<{ holds: boolean; says: string; measured: string; wanted: string }>;
}

export interface ChallengeRun {
	exitCode: number | null;
	stopped?: string | undefined;
	events: RunEvent[];
	output: string;
}

/**
 * Judges a run: it must end by itself with exit code 0, every claim must hold, and with `sameOutput` it must print
 * what the solution printed at build time.
 */
export function judge(run: ChallengeRun, claims: Claim[], sameOutput: string | null): Verdict {
	const lines: Verdict['lines'] = [];
	const ended = run.exitCode === 0;
	lines.push({
		holds: ended,
		says: 'the program runs to its end',
		measured: run.stopped ?? `exit code ${run.exitCode}`,
		wanted: 'exit code 0',
	});
	if (sameOutput !== null) {
		const got = run.output.replace(/\n$/, '').split('\n');
		const want = sameOutput.replace(/\n$/, '').split('\n');
		const at = want.findIndex((line, i) => got[i] !== line);
		const differs = at >= 0 || got.length !== want.length;
		const line = at >= 0 ? at : want.length;
		lines.push({
			holds: !differs,
			says: "it prints the solution's output",
			measured: differs ? `line ${line + 1} is ${JSON.stringify(got[line] ?? '(nothing)')}` : 'the same lines',
			wanted: differs ? JSON.stringify(want[line] ?? '(no more lines)') : 'the same lines',
		});
	}
	const timeline = browserTimeline(run.events);
	for (const claim of claims) {
		const checked = checkClaim(claim, timeline);
		lines.push({ ...checked, wanted: wanted(claim) });
	}
	return { holds: lines.every((l) => l.holds), lines };
}

/** The lines of an output in a shuffled order that depends only on `seed`, never the order they came in. */
export function shuffled(lines: string[], seed: string): number[] {
	let h = 2166136261;
	for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
	const random = () => {
		h = Math.imul(h ^ (h >>> 15), 2246822507) ^ Math.imul(h ^ (h >>> 13), 3266489909);
		return ((h ^= h >>> 16) >>> 0) / 4294967296;
	};
	const order = lines.map((_, i) => i);
	for (let i = order.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[order[i], order[j]] = [order[j]!, order[i]!];
	}
	// Never hand the reader the answer: when the shuffle put every line back as it was, rotate by one.
	if (order.every((n, i) => lines[n] === lines[i]) && new Set(lines).size > 1) order.push(order.shift()!);
	return order;
}
