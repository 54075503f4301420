// A one-machine MODEL of a Spark job: word count.
// Not Spark: it only mimics the shape (partitions, a map stage,
// a shuffle by key, a reduce stage) with worker threads standing
// in for an executor's task slots.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const LINES = [
	'the cat sat',
	'the dog sat',
	'a cat ran',
	'the dog ran',
	'a bird sang',
	'the cat slept',
	'a dog barked',
	'the end',
];
const PARTITIONS = 4; // input split into 4 partitions
const REDUCERS = 2; // partitions after the shuffle
const SLOTS = 2; // task slots: tasks that may run at the same time

type Counts = Record<string, number>;
type Task =
	| { kind: 'map'; lines: string[] }
	| { kind: 'reduce'; pieces: Counts[] };

// A stable hash, so every run sends a word to the same reducer.
function reducerFor(word: string): number {
	let sum = 0;
	for (const ch of word) sum += ch.codePointAt(0) ?? 0;
	return sum % REDUCERS;
}

// Stage 0, one task per partition: count words locally, then
// write one bucket per reducer (the shuffle files).
function mapTask(lines: string[]): Counts[] {
	const buckets: Counts[] = Array.from(
		{ length: REDUCERS },
		() => ({})
	);
	for (const word of lines.join(' ').split(' ')) {
		const bucket = buckets[reducerFor(word)]!;
		bucket[word] = (bucket[word] ?? 0) + 1;
	}
	return buckets;
}

// Stage 1, one task per reducer: add up what every map task sent.
function reduceTask(pieces: Counts[]): Counts {
	const total: Counts = {};
	for (const piece of pieces) {
		for (const [w, n] of Object.entries(piece)) {
			total[w] = (total[w] ?? 0) + n;
		}
	}
	return total;
}

function show(counts: Counts): string {
	return Object.entries(counts)
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([w, n]) => `${w}=${n}`)
		.join(' ');
}

if (!isMainThread) {
	// A task thread: run whatever task the driver sends.
	parentPort?.on('message', (task: Task) => {
		const result =
			task.kind === 'map'
				? mapTask(task.lines)
				: reduceTask(task.pieces);
		parentPort?.postMessage(result);
	});
} else {
	// The "executor": a pool of threads, like Spark's task threads.
	const slots = Array.from(
		{ length: SLOTS },
		() => new Worker(new URL(import.meta.url))
	);
	// Each free slot takes the next task; results keep task order.
	async function runStage<T>(tasks: Task[]): Promise<T[]> {
		const results: T[] = [];
		let next = 0;
		await Promise.all(
			slots.map(async (slot) => {
				while (next < tasks.length) {
					const i = next++;
					results[i] = await new Promise<T>((ok) => {
						slot.once('message', ok);
						slot.postMessage(tasks[i]);
					});
				}
			})
		);
		return results;
	}

	// This code plays the driver: it plans the stages and hands
	// one task per partition to the executor.
	const size = Math.ceil(LINES.length / PARTITIONS);
	const parts: string[][] = [];
	for (let i = 0; i < LINES.length; i += size) {
		parts.push(LINES.slice(i, i + size));
	}
	const lines = LINES.length;
	console.log(`input: ${lines} lines in ${parts.length} partitions`);

	const waves = Math.ceil(parts.length / SLOTS);
	console.log(
		`stage 0 (map): ${parts.length} tasks on ${SLOTS} slots` +
			` = ${waves} waves`
	);
	const written = await runStage<Counts[]>(
		parts.map((lines) => ({ kind: 'map', lines }))
	);
	written.forEach((buckets, t) => {
		console.log(`  task ${t}: ${buckets.map(show).join(' | ')}`);
	});

	console.log(`shuffle: words hashed into ${REDUCERS} reducers`);
	const inboxes = Array.from({ length: REDUCERS }, (_, r) =>
		written.map((buckets) => buckets[r]!)
	);

	console.log(`stage 1 (reduce): ${REDUCERS} tasks`);
	const totals = await runStage<Counts>(
		inboxes.map((pieces) => ({ kind: 'reduce', pieces }))
	);
	totals.forEach((counts, r) => {
		console.log(`  reducer ${r}: ${show(counts)}`);
	});
	await Promise.all(slots.map((slot) => slot.terminate()));
}
