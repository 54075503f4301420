/**
 * Which lines of a terminal transcript went to stderr, as the stderr plugin reads them: line numbers (1-based) from
 * the `stderr` prop of `<Code>`, or a range such as `stderr={3-5,8}` in a Markdown code fence.
 */

/** A run of consecutive stderr lines: where it starts (1-based) and how many lines it has. */
export interface StderrRun {
	first: number;
	length: number;
}

/**
 * The stderr line numbers of a block with `lineCount` lines, sorted and without duplicates. Throws, naming the
 * block, when a value is not a line of the block: a wrong marker would silently put the label on the wrong line.
 */
export function stderrLineNumbers(value: unknown, lineCount: number, block: string): number[] {
	if (value === undefined) return [];
	const numbers = typeof value === 'string' ? parseRange(value, block) : value;
	if (!Array.isArray(numbers)) {
		throw new Error(`${block}: stderr must be a list of line numbers or a range like "2-4,7", not ${show(value)}.`);
	}
	for (const n of numbers) {
		if (!Number.isInteger(n) || n < 1 || n > lineCount) {
			throw new Error(
				`${block}: stderr line ${show(n)} is not a line of this block (it has ${lineCount} line${lineCount === 1 ? '' : 's'}, numbered from 1).`
			);
		}
	}
	return [...new Set(numbers as number[])].sort((a, b) => a - b);
}

/** Sorted line numbers grouped into runs of consecutive lines. */
export function stderrRuns(lineNumbers: number[]): StderrRun[] {
	const runs: StderrRun[] = [];
	for (const n of lineNumbers) {
		const last = runs.at(-1);
		if (last && last.first + last.length === n) last.length++;
		else runs.push({ first: n, length: 1 });
	}
	return runs;
}

/** What a screen reader hears before the first line of a run. */
export function stderrAnnouncement(run: StderrRun): string {
	return run.length === 1 ? 'standard error: ' : `standard error, ${run.length} lines: `;
}

function parseRange(range: string, block: string): number[] {
	return range.split(',').flatMap((part) => {
		const match = /^\s*(\d+)\s*(?:-\s*(\d+)\s*)?$/.exec(part);
		if (!match) throw new Error(`${block}: stderr range "${range}" is not like "2-4,7".`);
		const from = Number(match[1]);
		const to = Number(match[2] ?? match[1]);
		if (to < from) throw new Error(`${block}: stderr range "${part.trim()}" ends before it starts.`);
		return Array.from({ length: to - from + 1 }, (_, i) => from + i);
	});
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));
