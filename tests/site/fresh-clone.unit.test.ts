/** The bench's split of `npm test`'s time by file (scripts/bench/fresh-clone.ts). */
import { expect, it } from 'vitest';
import { slowestFiles } from '../../scripts/bench/fresh-clone.ts';

const file = (name: string, startTime: number, endTime: number) => ({
	name: `/clone/tests/${name}`,
	startTime,
	endTime,
});

it("counts a file's import and beforeAll, which vitest's start time leaves out, and lists the longest first", () => {
	// b's tests started 40 s after a ended: its beforeAll (a browser visiting every page) ran in between.
	const report = [file('c.test.ts', 60_000, 61_000), file('a.test.ts', 0, 10_000), file('b.test.ts', 50_000, 60_000)];
	expect(slowestFiles(report, '/clone')).toEqual([
		['tests/b.test.ts', 50],
		['tests/a.test.ts', 10],
		['tests/c.test.ts', 1],
	]);
	expect(slowestFiles(report, '/clone', 1)).toEqual([['tests/b.test.ts', 50]]);
});

it('never gives a file less than its own span, should files overlap', () => {
	const report = [file('a.test.ts', 0, 10_000), file('b.test.ts', 5_000, 12_000)];
	expect(slowestFiles(report, '/clone')).toEqual([
		['tests/a.test.ts', 10],
		['tests/b.test.ts', 7],
	]);
});
