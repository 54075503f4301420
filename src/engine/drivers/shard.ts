/**
 * Shards of the example stage, for when one machine is not enough: `--shard i/N` runs the i-th of N parts of the
 * plan, each machine filling its own cache; copied into one cache dir, they hold every program's run, and a normal
 * build from it runs nothing. Every machine must draw the same parts from the same checkout, so the split reads
 * only what is committed (paths and example.json), never what a machine has installed or has cached.
 */
import type { Shard } from '../config.ts';
import { UserError } from '../errors.ts';
import { costliestFirst, expectedSeconds, type Costed } from './expected-cost.ts';

/**
 * The programs of one shard, in the order given. The most expensive first, each to the shard with the least
 * expected time so far (ties: the lower shard; equal costs: by path), so the Spark programs are spread rather than
 * dealt by name, and the same plan always gives the same parts, whatever order it comes in.
 */
export function shardOf<P extends Costed>(programs: P[], { index, count }: Shard): P[] {
	const load = new Array<number>(count).fill(0);
	const mine = new Set<P>();
	for (const p of costliestFirst(programs)) {
		const least = load.reduce((best, seconds, i) => (seconds < load[best]! ? i : best), 0);
		load[least]! += expectedSeconds(p);
		if (least === index - 1) mine.add(p);
	}
	return programs.filter((p) => mine.has(p));
}

const USAGE =
	'expected --shard i/N, the i-th of N shards with 1 ≤ i ≤ N (e.g. --shard 1/2 and --shard 2/2 on two machines)';

/** `--shard i/N` as the command line gives it (undefined: the flag without a value); a wrong one is a UserError. */
export function parseShard(value: string | undefined): Shard {
	if (value === undefined || value === '') throw new UserError(`--shard needs a value: ${USAGE}.`);
	const match = /^(\d+)\/(\d+)$/.exec(value.trim());
	if (!match) throw new UserError(`--shard ${value} is not a shard: ${USAGE}.`);
	const [index, count] = [Number(match[1]), Number(match[2])];
	if (count < 1) throw new UserError(`--shard ${value}: N is ${count}, there must be at least 1 shard; ${USAGE}.`);
	if (index < 1 || index > count) throw new UserError(`--shard ${value}: i is ${index}, outside 1…${count}; ${USAGE}.`);
	return { index, count };
}
