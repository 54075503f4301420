// The Spark/Beam model on one machine: a pool of 2 worker threads
// (the executors) counts words in 6 partitions, then the main thread merges.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const LINES = Array.from({ length: 400 }, () => [
	'to be or not to be',
	'the quick brown fox',
	'to see or not to see',
	'the lazy dog',
	'be quick',
	'not the fox',
]).flat();
const PARTITIONS = 6;
const WORKERS = 2; // like executor slots: at most 2 partitions at a time

type Task = { id: number; lines: string[] };
type Counts = Record<string, number>;

// The "map" side: runs in a worker, on its partition only.
function countWords(lines: string[]): Counts {
	let counts: Counts = {};
	for (let round = 0; round < 200; round++) {
		// enough work for each partition to show
		counts = {};
		for (const line of lines) {
			for (const word of line.split(' '))
				counts[word] = (counts[word] ?? 0) + 1;
		}
	}
	return counts;
}

if (isMainThread) {
	const size = LINES.length / PARTITIONS;
	const queue: Task[] = Array.from({ length: PARTITIONS }, (_, id) => ({
		id,
		lines: LINES.slice(id * size, (id + 1) * size),
	}));
	const partial: Counts[] = [];
	// Each worker takes the next partition as soon as it is free.
	await Promise.all(
		Array.from({ length: WORKERS }, async () => {
			const worker = new Worker(new URL(import.meta.url));
			for (let task = queue.shift(); task; task = queue.shift()) {
				worker.postMessage(task);
				partial.push(
					await new Promise<Counts>((ok) => worker.once('message', ok))
				);
			}
			worker.postMessage(null); // no partition left: the worker may end
			await new Promise((ok) => worker.once('exit', ok));
		})
	);
	// The "reduce" side: the main thread merges the partial counts.
	const total: Counts = {};
	for (const counts of partial) {
		for (const [word, n] of Object.entries(counts))
			total[word] = (total[word] ?? 0) + n;
	}
	console.log(`${PARTITIONS} partitions on ${WORKERS} workers`);
	const top = Object.entries(total).sort(
		(a, b) => b[1] - a[1] || a[0].localeCompare(b[0])
	);
	for (const [word, n] of top.slice(0, 4))
		console.log(`${word.padStart(5)}: ${n}`);
} else {
	parentPort?.on('message', (task: Task | null) => {
		if (!task) return parentPort?.close();
		const start = performance.now();
		const counts = countWords(task.lines);
		// Names this span for tools that show a timeline.
		performance.measure(`partition ${task.id + 1}`, { start });
		parentPort?.postMessage(counts);
	});
}
