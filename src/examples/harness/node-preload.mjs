// Loaded with `node --import` before every TypeScript example (and inherited by its forked children).
// stdout and stderr share one pipe; each write is framed as `\0o<bytes>\0…` or `\0e<bytes>\0…` so the engine
// can tell the streams apart while keeping their true order. See src/examples/frames.ts.
import { isMainThread } from 'node:worker_threads';

// The timeline recorder (node-recorder.mjs); it prints nothing. Off only when the engine measures its cost.
if (process.env.CONCURRENCY_NOTES_RECORD !== '0') await import('./node-recorder.mjs');

// Workers forward their output to the main thread's streams, which frame it there.
if (isMainThread) {
	for (const [stream, tag] of [
		[process.stdout, 'o'],
		[process.stderr, 'e'],
	]) {
		const write = stream.write.bind(stream);
		stream.write = (chunk, encoding, callback) => {
			const data =
				typeof chunk === 'string'
					? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8')
					: Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
			const framed = Buffer.concat([Buffer.from(`\0${tag}${data.length}\0`), data]);
			return write(framed, typeof encoding === 'function' ? encoding : callback);
		};
	}
}
