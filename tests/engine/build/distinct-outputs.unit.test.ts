import { describe, expect, it } from 'vitest';
import { distinctOutputs } from '../../../src/engine/build/distinct-outputs.ts';

const run = (...texts: string[]) => ({ output: texts.map((text) => ({ stream: 'stdout' as const, text, t: 0 })) });

describe('distinctOutputs', () => {
	it('counts each distinct output, most frequent first, ties in the order they came up', () => {
		expect(distinctOutputs([run('n: 1\n'), run('n: 2\n'), run('n: ', '2\n'), run('n: 3\n'), run('n: 1\n')])).toEqual([
			{ text: 'n: 1\n', count: 2 },
			{ text: 'n: 2\n', count: 2 },
			{ text: 'n: 3\n', count: 1 },
		]);
		expect(distinctOutputs([run('same'), run('same')])).toEqual([{ text: 'same', count: 2 }]);
	});
});
