// A fast source, a slow sink: how far ahead does the source get, in Node streams, in Web Streams, across the two?
import { Readable, Writable } from 'node:stream';
import {
	CountQueuingStrategy,
	ReadableStream,
	WritableStream,
} from 'node:stream/web';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';

const CHUNKS = 100;

/** Counts chunks made by the source and taken by the sink, and the most made but not yet taken. */
class Gap {
	private made = 0;
	private taken = 0;
	most = 0;
	make(): boolean {
		if (this.made === CHUNKS) return false;
		this.made++;
		this.most = Math.max(this.most, this.made - this.taken);
		return true;
	}
	take(): void {
		this.taken++;
	}
}

// The same source and sink in each kind of stream: the source makes a chunk whenever it is asked for one, the
// sink takes 2 ms a chunk. Buffers: 4 chunks in the source, 2 in the sink.
const nodeSource = (gap: Gap) =>
	new Readable({
		objectMode: true,
		highWaterMark: 4,
		read() {
			this.push(gap.make() ? 'chunk' : null);
		},
	});
const nodeSink = (gap: Gap) =>
	new Writable({
		objectMode: true,
		highWaterMark: 2,
		write(_chunk, _encoding, done) {
			gap.take();
			setTimeout(done, 2);
		},
	});
const webSource = (gap: Gap) =>
	new ReadableStream<string>(
		{
			pull(controller) {
				if (gap.make()) controller.enqueue('chunk');
				else controller.close();
			},
		},
		new CountQueuingStrategy({ highWaterMark: 4 })
	);
const webSink = (gap: Gap) =>
	new WritableStream<string>(
		{
			async write() {
				gap.take();
				await sleep(2);
			},
		},
		new CountQueuingStrategy({ highWaterMark: 2 })
	);

const ways: Array<[string, (gap: Gap) => Promise<void>]> = [
	[
		'Node streams, pipeline()',
		(gap) => pipeline(nodeSource(gap), nodeSink(gap)),
	],
	[
		'Web Streams, pipeTo()',
		(gap) => webSource(gap).pipeTo(webSink(gap)),
	],
	[
		'Node to Web, Readable.toWeb()',
		(gap) => Readable.toWeb(nodeSource(gap)).pipeTo(webSink(gap)),
	],
	[
		'Web to Node, Readable.fromWeb()',
		(gap) =>
			pipeline(
				Readable.fromWeb(webSource(gap), { objectMode: true }),
				nodeSink(gap)
			),
	],
	[
		'Web to Node, fromWeb(…, { highWaterMark: 4 })',
		(gap) =>
			pipeline(
				Readable.fromWeb(webSource(gap), {
					objectMode: true,
					highWaterMark: 4,
				}),
				nodeSink(gap)
			),
	],
];
for (const [way, run] of ways) {
	const gap = new Gap();
	await run(gap);
	console.log(
		`${way.padEnd(46)} at most ${String(gap.most).padStart(3)} of ${CHUNKS} chunks ahead of the sink`
	);
}
