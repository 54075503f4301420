// A stage in the middle fails: what happens to the source and the sink, with pipe(), pipeline() and pipeTo()?
import { Readable, Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
	ReadableStream,
	TransformStream,
	WritableStream,
} from 'node:stream/web';

const failAt3 = () =>
	new Transform({
		objectMode: true,
		transform(n: number, _encoding, done) {
			done(n === 3 ? new Error('bad chunk 3') : null, n);
		},
	});
const sink = () =>
	new Writable({
		objectMode: true,
		write: (_n, _encoding, done) => done(),
	});

// pipe(): each link forwards data, not errors. The failed stage is destroyed; the others are left as they were.
{
	const source = Readable.from([1, 2, 3, 4, 5, 6, 7, 8]);
	const middle = failAt3();
	const end = sink();
	const failed = new Promise((ok) => middle.once('error', ok)); // an 'error' nobody listens to would crash
	source.pipe(middle).pipe(end);
	console.log(
		`pipe():     ${await failed}; source destroyed: ${source.destroyed}, sink finished: ${end.writableFinished}, sink destroyed: ${end.destroyed}`
	);
	source.destroy(); // the clean-up pipe() left to us
	end.destroy();
}

// pipeline(): one error destroys every stream of the chain, and the promise rejects with it.
{
	const source = Readable.from([1, 2, 3, 4, 5, 6, 7, 8]);
	const end = sink();
	const error = await pipeline(source, failAt3(), end).catch(
		(e: Error) => e
	);
	console.log(
		`pipeline(): ${error}; source destroyed: ${source.destroyed}, sink finished: ${end.writableFinished}, sink destroyed: ${end.destroyed}`
	);
}

// Web Streams: pipeThrough() and pipeTo() cancel the source and abort the sink with the error.
{
	let cancelled: unknown = 'no';
	let aborted: unknown = 'no';
	let n = 0;
	const source = new ReadableStream<number>({
		pull: (controller) => controller.enqueue(++n),
		cancel: (reason) => {
			cancelled = reason;
		},
	});
	const middle = new TransformStream<number, number>({
		transform(chunk, controller) {
			if (chunk === 3) throw new Error('bad chunk 3');
			controller.enqueue(chunk);
		},
	});
	const end = new WritableStream<number>({
		abort: (reason) => {
			aborted = reason;
		},
	});
	const error = await source
		.pipeThrough(middle)
		.pipeTo(end)
		.catch((e: Error) => e);
	console.log(
		`pipeTo():   ${error}; source cancelled with: ${cancelled}, sink aborted with: ${aborted}`
	);
}
