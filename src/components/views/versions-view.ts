/**
 * The line under an output about the other versions of its runtime ("same output on Python 3.11 · 3.12 · 3.13"),
 * and, for each version that prints something else, that output with the lines that differ from this one marked.
 * From the engine's `versions` (engine/versions/attach.ts); nothing when a build did not set it.
 */
import type { ProgramResult, Versions } from '../../engine/model/index.ts';
import { transcript } from './example-view.ts';

export interface VersionBlock {
	/** `Python 3.11.7 prints something else:` */
	title: string;
	/** `Python 3.11.7` */
	runtime: string;
	why: string;
	code: string;
	stderrLines: number[];
	/** 1-based lines of this output that are not in the main one's. */
	marked: number[];
	ending: string | null;
}

export interface VersionsView {
	line: string;
	blocks: VersionBlock[];
}

const list = (labels: string[]) => labels.join(' · ');

export function versionsView(run: Pick<ProgramResult, 'output' | 'versions'>): VersionsView | null {
	const v: Versions | undefined = run.versions;
	if (!v) return null;
	const name = v.runtimeName;
	if (v.only) return { line: `Runs on ${name} ${v.main} only: ${v.only}`, blocks: [] };
	if (v.unchecked) return { line: `Checked on ${name} ${v.main} only: ${v.unchecked}`, blocks: [] };
	const parts = [`Same output on ${name} ${list(v.same)}`];
	for (const d of v.differs) parts.push(`${name} ${d.label} prints something else (below)`);
	const byWhy = new Map<string, string[]>();
	for (const n of v.notRun) byWhy.set(n.why, [...(byWhy.get(n.why) ?? []), n.label]);
	for (const [why, labels] of byWhy) parts.push(`${why}: not run on ${name} ${list(labels)}`);
	const main = transcript(run).code.split('\n');
	const blocks = v.differs.map((d): VersionBlock => {
		const shown = transcript(d);
		const lines = shown.code.split('\n');
		const ending = d.signal
			? `killed by ${d.signal}`
			: d.exitCode !== 0 && d.exitCode !== null
				? `exit code ${d.exitCode}`
				: null;
		return {
			title: `${name} ${d.version} prints something else:`,
			runtime: `${name} ${d.version}`,
			why: d.why,
			code: shown.code,
			stderrLines: shown.stderrLines,
			marked: notIn(lines, main),
			ending,
		};
	});
	return { line: parts.join('; '), blocks };
}

/** 1-based numbers of the lines of `a` that a longest common subsequence with `b` leaves out. */
export function notIn(a: string[], b: string[]): number[] {
	const n = a.length;
	const m = b.length;
	const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
	for (let i = n - 1; i >= 0; i--) {
		for (let j = m - 1; j >= 0; j--) {
			table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
		}
	}
	const marked: number[] = [];
	let i = 0;
	let j = 0;
	while (i < n) {
		if (j < m && a[i] === b[j]) {
			i++;
			j++;
		} else if (j < m && table[i]![j + 1]! >= table[i + 1]![j]!) j++;
		else marked.push(++i);
	}
	return marked;
}
