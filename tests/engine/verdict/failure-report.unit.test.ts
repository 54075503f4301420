import { describe, expect, it } from 'vitest';
import { formatFailure, type FailedRun } from '../../../src/engine/verdict/failure-report.ts';

const failed = (over: Partial<FailedRun> = {}): FailedRun => ({
	id: 'gather-order',
	file: 'examples/gather-order/gather-order.py',
	problem: 'exited with code 1',
	usedBy: ['content/asyncio/gather.mdx', 'content/compare.mdx'],
	output: [],
	durationMs: 40,
	...over,
});

describe('formatFailure', () => {
	it('names the example, the file, what happened and the pages', () => {
		expect(formatFailure(failed())).toBe(
			[
				'example "gather-order" (examples/gather-order/gather-order.py) exited with code 1',
				'  shown on: content/asyncio/gather.mdx, content/compare.mdx',
				'  (nothing on stderr)',
			].join('\n')
		);
	});

	it('says when no page shows the example yet', () => {
		expect(formatFailure(failed({ usedBy: [] }))).toContain('\n  shown on: no page yet\n');
	});

	it('quotes the last 12 lines of stderr only, never stdout', () => {
		const lines = Array.from({ length: 15 }, (_, i) => `line ${i + 1}`);
		const output = [
			{ stream: 'stdout' as const, text: 'normal output\n', t: 1 },
			{ stream: 'stderr' as const, text: `${lines.join('\n')}\n`, t: 2 },
		];
		const report = formatFailure(failed({ output }));
		expect(report.split('\n').slice(2)).toEqual([
			'  last lines of stderr:',
			...lines.slice(3).map((l) => `    | ${l}`),
		]);
		expect(report).not.toContain('normal output');
	});
});
