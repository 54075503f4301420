// A one-machine MODEL of data skew in a Spark shuffle, and salting.
// Not Spark: records are hash-partitioned by key into 4 reduce tasks
// that get every record (as with groupByKey or a join), and a task's
// work is its number of records. One hot key puts most of the work
// into one task. Salting splits that key over all tasks, then a
// second, small step adds the partial results.
import { isDeepStrictEqual } from 'node:util';

const TASKS = 4;
const KEYS: Record<string, number> = {
	u1: 60,
	u2: 4,
	u3: 4,
	u4: 4,
	u5: 4,
	u6: 4,
};
const records = Object.entries(KEYS).flatMap(([key, n]) =>
	Array.from({ length: n }, () => key)
);

function taskFor(key: string): number {
	let sum = 0; // a stable hash
	for (const ch of key) sum += ch.codePointAt(0) ?? 0;
	return sum % TASKS;
}

function perTask(keys: string[]): number[] {
	const load = Array.from({ length: TASKS }, () => 0);
	for (const key of keys) load[taskFor(key)]! += 1;
	return load;
}

function count(keys: string[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return counts;
}

const list = (xs: number[]) => `[${xs.join(', ')}]`;

console.log(`${records.length} records; key u1 has ${KEYS.u1} of them`);

const plain = perTask(records);
const slowest = Math.max(...plain);
const share = ((slowest * TASKS) / records.length).toFixed(1);
console.log(`by key:  records per task ${list(plain)}`);
console.log(
	`  the stage ends with its slowest task: ${slowest}` +
		` records, ${share}x an even share`
);

// Salting: add a suffix to the key, aggregate, then strip it.
const salted = records.map((key, i) => `${key}#${i % TASKS}`);
console.log(`salted:  records per task ${list(perTask(salted))}`);
const partial = count(salted); // step 1: count per salted key
console.log(
	`  step 1 leaves ${partial.size} partial counts, e.g.` +
		` u1#0=${partial.get('u1#0')} u1#1=${partial.get('u1#1')}`
);
const final = new Map<string, number>();
for (const [saltedKey, n] of partial) {
	// step 2: a small shuffle
	const key = saltedKey.split('#')[0]!;
	final.set(key, (final.get(key) ?? 0) + n);
}
console.log(`  step 2 adds them up: u1=${final.get('u1')}`);
const same = isDeepStrictEqual(final, count(records));
console.log(`same counts: ${same ? 'yes' : 'no'}`);
