import { describe, expect, it } from 'vitest';
import { expectedSeconds, type Costed } from '../../../src/engine/drivers/expected-cost.ts';
import { parseShard, shardOf } from '../../../src/engine/drivers/shard.ts';
import { UserError } from '../../../src/engine/errors.ts';

type Engine = 'spark' | 'beam' | 'packages' | null;
const program = (id: string, engine: Engine = null, runs?: number): Costed => ({
	program: { displayPath: `examples/${id}/${id}.py` },
	options: { engine, nondeterministic: runs ? { runs } : null },
});

/** A plan shaped like the site's: mostly standard-library programs, a few engine programs named close together. */
const PLAN = [
	...Array.from({ length: 40 }, (_, i) => program(`std-${String(i).padStart(2, '0')}`)),
	...['a', 'b', 'c', 'd', 'e', 'f'].map((x) => program(`pyspark-${x}`, 'spark')),
	...['a', 'b', 'c', 'd'].map((x) => program(`beam-${x}`, 'beam')),
	program('race', null, 5),
];
const paths = (programs: Costed[]) => programs.map((p) => p.program.displayPath);
const cost = (programs: Costed[]) => programs.reduce((sum, p) => sum + expectedSeconds(p), 0);

describe('shardOf', () => {
	it.each([1, 2, 3, 7])('puts every program in exactly one of %i shards', (count) => {
		const shards = Array.from({ length: count }, (_, i) => paths(shardOf(PLAN, { index: i + 1, count })));
		expect(shards.flat().sort()).toEqual(paths(PLAN).sort());
		expect(new Set(shards.flat()).size).toBe(PLAN.length);
	});

	it('balances by expected cost: the Spark programs are spread, not dealt by name', () => {
		const [one, two, three] = [1, 2, 3].map((index) => shardOf(PLAN, { index, count: 3 }));
		for (const shard of [one!, two!, three!]) {
			expect(shard.filter((p) => p.options.engine === 'spark')).toHaveLength(2);
			// The heaviest within one standard program's cost of the lightest.
			expect(Math.abs(cost(shard) - cost(PLAN) / 3)).toBeLessThanOrEqual(1);
		}
	});

	it('gives the same parts whatever order the plan comes in, and keeps the order it was given', () => {
		const reversed = [...PLAN].reverse();
		for (const index of [1, 2]) {
			const shard = shardOf(reversed, { index, count: 2 });
			expect(paths(shard).sort()).toEqual(paths(shardOf(PLAN, { index, count: 2 })).sort());
			expect(shard).toEqual(reversed.filter((p) => shard.includes(p)));
		}
	});

	it('one shard is the whole plan; more shards than programs leaves some empty', () => {
		expect(shardOf(PLAN, { index: 1, count: 1 })).toEqual(PLAN);
		const two = PLAN.slice(0, 2);
		expect([1, 2, 3].map((index) => shardOf(two, { index, count: 3 }).length)).toEqual([1, 1, 0]);
		expect(shardOf(two, { index: 1_000_000, count: 1_000_000 })).toEqual([]);
	});
});

describe('parseShard', () => {
	it('reads i/N', () => {
		expect(parseShard('1/2')).toEqual({ index: 1, count: 2 });
		expect(parseShard('3/3')).toEqual({ index: 3, count: 3 });
		expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
	});

	it.each([
		['0/2', '--shard 0/2: i is 0, outside 1…2; expected --shard i/N'],
		['3/2', '--shard 3/2: i is 3, outside 1…2; expected --shard i/N'],
		['1/0', '--shard 1/0: N is 0, there must be at least 1 shard; expected --shard i/N'],
		['x', '--shard x is not a shard: expected --shard i/N'],
		['1/2/3', '--shard 1/2/3 is not a shard: expected --shard i/N'],
		['-1/2', '--shard -1/2 is not a shard: expected --shard i/N'],
		['', '--shard needs a value: expected --shard i/N'],
	])('refuses %j, naming the flag and what it takes', (value, message) => {
		expect(() => parseShard(value)).toThrow(UserError);
		expect(() => parseShard(value)).toThrow(message);
		expect(() => parseShard(value)).toThrow('with 1 ≤ i ≤ N (e.g. --shard 1/2 and --shard 2/2 on two machines).');
	});
});
