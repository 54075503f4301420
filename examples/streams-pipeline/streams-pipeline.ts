import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const ITEMS = 1000;
let produced = 0;
let consumed = 0;
let mostAhead = 0;

async function* numbers(): AsyncGenerator<number> {
	try {
		for (let i = 0; i < ITEMS; i++) {
			produced++;
			mostAhead = Math.max(mostAhead, produced - consumed);
			yield i;
		}
	} finally {
		console.log(`  generator's finally ran after ${produced} items`);
	}
}

const double = () =>
	new Transform({
		objectMode: true,
		transform(n: number, _encoding, done) {
			done(null, n * 2);
		},
	});

// A slow sink: each item takes a timer turn. `failAt` makes it fail.
const sink = (failAt = -1) =>
	new Writable({
		objectMode: true,
		highWaterMark: 4, // at most 4 items waiting here
		write(n: number, _encoding, done) {
			setTimeout(() => {
				consumed++;
				done(consumed === failAt ? new Error('disk full') : null);
			}, 1);
		},
	});

// 1. pipeline() connects the streams and handles back-pressure for you.
console.log('pipeline:');
await pipeline(Readable.from(numbers()), double(), sink());
console.log(`  consumed ${consumed} of ${ITEMS}`);
console.log(
	`  the generator was never more than ${mostAhead} items ahead`
);

// 2. One stream fails: pipeline() rejects and destroys all of them.
produced = consumed = 0;
console.log('pipeline with a failing sink:');
try {
	await pipeline(Readable.from(numbers()), double(), sink(10));
} catch (err) {
	console.log(`  rejected: ${(err as Error).message}`);
}
