import { describe, expect, it } from 'vitest';
import { costliestFirst, expectedSeconds, type Costed } from '../../../src/engine/drivers/expected-cost.ts';

type Engine = 'spark' | 'beam' | 'packages' | null;
const program = (id: string, engine: Engine = null, runs?: number): Costed => ({
	program: { displayPath: `examples/${id}/${id}.py` },
	options: { engine, nondeterministic: runs ? { runs } : null },
});
const ids = (programs: Costed[]) => programs.map((p) => p.program.displayPath.split('/')[1]);

describe('expected cost', () => {
	it('counts a declared race once a run, an engine program by its engine', () => {
		expect(expectedSeconds(program('race', null, 5))).toBe(5 * expectedSeconds(program('x')));
		expect(expectedSeconds(program('s', 'spark'))).toBeGreaterThan(expectedSeconds(program('b', 'beam')));
		expect(expectedSeconds(program('b', 'beam'))).toBeGreaterThan(expectedSeconds(program('p', 'packages')));
		expect(expectedSeconds(program('p', 'packages'))).toBeGreaterThan(expectedSeconds(program('x')));
	});

	it('orders the costliest first (Spark, then Beam, a race, packages, the rest), equal costs by path, whatever the order in', () => {
		const plan = [
			program('std-b'),
			program('beam-a', 'beam'),
			program('std-a'),
			program('pyspark-b', 'spark'),
			program('trio', 'packages'),
			program('race', null, 6),
			program('pyspark-a', 'spark'),
		];
		const expected = ['pyspark-a', 'pyspark-b', 'beam-a', 'race', 'trio', 'std-a', 'std-b'];
		expect(ids(costliestFirst(plan))).toEqual(expected);
		expect(ids(costliestFirst(plan.toReversed()))).toEqual(expected);
		expect(ids(plan)[0]).toBe('std-b'); // the plan itself is left as it was
	});
});
