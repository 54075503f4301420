// Loaded with `node --import` before every TypeScript example (and inherited by its forked children).
// stdout and stderr share one pipe; each write is framed as `\0o<bytes>\0…` or `\0e<bytes>\0…` so the engine
// can tell the streams apart while keeping their true order. See src/examples/frames.ts.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

// The engine has stripped the example's TypeScript already (src/engine/run/ts-prestrip.ts): hand Node that code, so
// it need not load its own stripper. A file the engine did not strip is left to Node.
const stripped = new URL(import.meta.url).searchParams.get('stripped');
if (stripped) {
	registerHooks({
		load(url, context, nextLoad) {
			// Node's own load reads the file and tells its format; the stripping would come after, on compiling.
			const loaded = nextLoad(url, context);
			const format = { 'module-typescript': 'module', 'commonjs-typescript': 'commonjs' }[loaded.format];
			if (!format || !url.startsWith('file:')) return loaded;
			try {
				return { format, source: readFileSync(`${stripped}${fileURLToPath(url)}.js`, 'utf8'), shortCircuit: true };
			} catch {
				return loaded;
			}
		},
	});
}

// The timeline recorder (node-recorder.mjs) and the event loop's (node-loop-recorder.mjs); they print nothing. Off
// (`0`), or the loop's off (`no-loop`), only when the engine measures their cost. This runs in the example's process,
// so this is the example's own allow-listed environment (run/run-sandboxed.ts), not the engine's: it cannot be read
// through engine/env.ts.
const recording = process.env.CONCURRENCY_NOTES_RECORD;
const recorder = recording !== '0' ? await import('./node-recorder.mjs') : null;
if (recorder && recording !== 'no-loop') recorder.startLoopRecorder();

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
			// The loop recorder marks each callback with the output lines printed before and by it.
			if (recorder) for (let at = data.indexOf(10); at !== -1; at = data.indexOf(10, at + 1)) recorder.output.lines++;
			return write(framed, typeof encoding === 'function' ? encoding : callback);
		};
	}
}
