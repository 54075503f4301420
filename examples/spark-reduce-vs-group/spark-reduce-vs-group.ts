// A one-machine MODEL of groupByKey vs reduceByKey in Spark.
// Not Spark: it counts the records each one sends through the
// shuffle. groupByKey ships every (word, 1) pair and builds a list
// per key; reduceByKey first adds up inside each map partition
// (the map-side combine) and ships one record per key per partition.
import { isDeepStrictEqual } from 'node:util';

const PARTITIONS = [
	// (word, 1) pairs, already split into 4 partitions
	['a', 'b', 'a', 'c', 'a', 'a'],
	['b', 'a', 'a', 'd', 'b', 'a'],
	['a', 'c', 'a', 'b', 'c', 'a'],
	['d', 'a', 'c', 'b', 'b', 'a'],
];

type Counts = Map<string, number>;

const show = (counts: Counts): string =>
	[...counts]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([w, n]) => `${w}=${n}`)
		.join(' ');

const add = (counts: Counts, word: string, n: number): void => {
	counts.set(word, (counts.get(word) ?? 0) + n);
};

const pairs = PARTITIONS.map((part) =>
	part.map((w): [string, number] => [w, 1])
);
const total = pairs.reduce((sum, p) => sum + p.length, 0);
console.log(
	`input: ${total} (word, 1) pairs in ${pairs.length} partitions`
);

// groupByKey: every pair crosses the shuffle as it is.
const shuffled = pairs.flat();
const groups = new Map<string, number[]>();
for (const [word, one] of shuffled) {
	groups.set(word, [...(groups.get(word) ?? []), one]);
}
const longest = Math.max(...[...groups.values()].map((v) => v.length));
// .mapValues(sum): add up each list
const grouped: Counts = new Map(
	[...groups].map(([w, v]) => [w, v.reduce((a, b) => a + b, 0)])
);
console.log(
	`groupByKey:  ${shuffled.length} records shuffled,` +
		` longest list at a reducer: ${longest} values`
);

// reduceByKey: combine inside each partition, then shuffle.
const combined: Counts[] = pairs.map((part) => {
	const local: Counts = new Map();
	for (const [word, one] of part) add(local, word, one);
	return local;
});
const sent = combined.reduce((sum, local) => sum + local.size, 0);
const reduced: Counts = new Map();
for (const local of combined) {
	for (const [word, n] of local) add(reduced, word, n);
}
console.log(`reduceByKey: ${sent} records shuffled, no lists built`);
combined.forEach((local, p) => {
	console.log(`  partition ${p} sends ${show(local)}`);
});

const same = isDeepStrictEqual(
	new Map([...grouped].sort()),
	new Map([...reduced].sort())
);
console.log(`same result: ${same ? 'yes' : 'no'} -> ${show(reduced)}`);
