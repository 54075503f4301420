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

it('with files side by side, starts a file when a worker was last free before it, never after its own start', () => {
	// a and b start together on two workers; c takes a's worker when a ends, d takes b's.
	const report = [
		file('a.test.ts', 0, 10_000),
		file('b.test.ts', 5_000, 30_000),
		file('c.test.ts', 12_000, 20_000),
		file('d.test.ts', 31_000, 32_000),
	];
	expect(Object.fromEntries(slowestFiles(report, '/clone'))).toEqual({
		'tests/b.test.ts': 30, // its import and beforeAll ran from the start, before its tests at 5 s
		'tests/a.test.ts': 10,
		'tests/c.test.ts': 10, // from a's end: its worker's
		'tests/d.test.ts': 2,
	});
});
