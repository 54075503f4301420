import { describe, expect, it } from 'vitest';
import { distinctOutputs } from '../../../src/engine/record/distinct-outputs.ts';

const run = (text: string, stream: 'stdout' | 'stderr' = 'stdout') => ({
	output: [{ stream, text, t: 0 }],
	exitCode: 0,
	signal: null,
});

describe('distinctOutputs', () => {
	it('counts each distinct output, most frequent first, ties in the order they came up', () => {
		expect(distinctOutputs([run('n: 1\n'), run('n: 2\n'), run('n: 2\n'), run('n: 3\n'), run('n: 1\n')])).toEqual([
			{ text: 'n: 1\n', count: 2 },
			{ text: 'n: 2\n', count: 2 },
			{ text: 'n: 3\n', count: 1 },
		]);
		expect(distinctOutputs([run('same'), run('same')])).toEqual([{ text: 'same', count: 2 }]);
	});

	it('tells runs apart as their transcripts do: the same text on another stream, or another ending, differs', () => {
		const failed = { ...run('same\n'), exitCode: 1 };
		expect(distinctOutputs([run('same\n'), run('same\n', 'stderr'), failed]).map((v) => v.count)).toEqual([1, 1, 1]);
	});
});
