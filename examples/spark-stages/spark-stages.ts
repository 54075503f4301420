// A one-machine MODEL of how Spark cuts a job into stages.
// Not Spark: a job is a list of transformations, each with a narrow
// or a wide (shuffle) dependency. The planner cuts a new stage at
// every wide one; inside a stage, the narrow steps are pipelined:
// each record goes through all of them before the next is read.
const LINES = ['a b', 'b c', 'c a', 'a a', 'b d', 'd a', 'c c', 'a b'];
const PARTITIONS = 4;
const REDUCERS = 2;

type Dependency = 'source' | 'narrow' | 'wide';
type Pair = [string, number];

// [name, dependency] in the order the program called them.
const JOB: [string, Dependency][] = [
	['textFile', 'source'],
	['flatMap', 'narrow'],
	['map', 'narrow'],
	['reduceByKey', 'wide'],
	['filter', 'narrow'],
];

function plan(job: [string, Dependency][]): string[][] {
	const stages: string[][] = [[]];
	for (const [name, dependency] of job) {
		if (dependency === 'wide') stages.push([]); // a shuffle ends the stage
		stages.at(-1)!.push(name);
	}
	return stages;
}

function reducerFor(word: string): number {
	let sum = 0; // stable across runs
	for (const ch of word) sum += ch.codePointAt(0) ?? 0;
	return sum % REDUCERS;
}

const quote = (s: string) => `'${s}'`;

// Generators chain the narrow steps: nothing is materialized.
function stage0Task(lines: string[], trace: boolean): Iterable<Pair> {
	function* textFile(): Generator<string> {
		for (const line of lines) {
			if (trace) console.log(`    read ${quote(line)}`);
			yield line;
		}
	}
	function* flatMap(records: Iterable<string>): Generator<string> {
		for (const line of records) yield* line.split(' ');
	}
	function* toPair(records: Iterable<string>): Generator<Pair> {
		for (const word of records) {
			if (trace) {
				const w = quote(word);
				console.log(`      flatMap -> ${w}, map -> (${w}, 1)`);
			}
			yield [word, 1];
		}
	}
	return toPair(flatMap(textFile()));
}

for (const [name, dependency] of JOB.slice(1)) {
	const needs =
		dependency === 'narrow'
			? 'parent partition i'
			: 'ALL parent partitions: shuffle';
	console.log(
		`${name.padEnd(12)} ${dependency.padEnd(6)} partition i needs ${needs}`
	);
}

const stages = plan(JOB);
console.log(`planned ${stages.length} stages:`);
stages.forEach((steps, s) => {
	const tasks = s === 0 ? PARTITIONS : REDUCERS;
	console.log(`  stage ${s}: ${steps.join(' -> ')}  (${tasks} tasks)`);
});

// Stage 0: one task per input partition, writing one shuffle
// bucket per reducer. Task 0 prints how its records flow.
const size = LINES.length / PARTITIONS;
const buckets: Pair[][] = Array.from({ length: REDUCERS }, () => []);
console.log('stage 0, task 0, pipelined:');
for (let t = 0; t < PARTITIONS; t++) {
	const part = LINES.slice(t * size, (t + 1) * size);
	for (const [word, one] of stage0Task(part, t === 0)) {
		buckets[reducerFor(word)]!.push([word, one]);
	}
}

// Stage 1: one task per reducer, after EVERY map task finished.
buckets.forEach((bucket, r) => {
	const counts = new Map<string, number>();
	for (const [word, one] of bucket) {
		counts.set(word, (counts.get(word) ?? 0) + one); // reduceByKey(add)
	}
	const kept = [...counts]
		.filter(([, n]) => n > 2) // filter
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([w, n]) => `'${w}': ${n}`);
	console.log(
		`stage 1, task ${r}: read ${bucket.length} records -> {${kept.join(', ')}}`
	);
});
