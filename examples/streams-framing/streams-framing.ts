// Messages on a byte stream: length-prefixed frames. Node has no readexactly(): readExactly() below keeps the
// bytes that came beyond a frame, as asyncio's StreamReader does. Each "connection" is an in-memory duplexPair():
// the build runs Node without network access.
import { type Readable, duplexPair } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';

function frame(payload: string): Buffer {
	const body = Buffer.from(payload);
	const header = Buffer.alloc(4);
	header.writeUInt32BE(body.length); // 4-byte length, then the bytes
	return Buffer.concat([header, body]);
}

class IncompleteReadError extends Error {
	partial: number;
	expected: number;
	constructor(partial: number, expected: number) {
		super(`stream ended after ${partial} of ${expected} bytes`);
		this.partial = partial;
		this.expected = expected;
	}
}

/** A reader of exactly n bytes at a time over a stream's chunks, whatever their sizes. */
function exactReader(stream: Readable): (n: number) => Promise<Buffer> {
	const chunks: AsyncIterator<Buffer> = stream[Symbol.asyncIterator]();
	let buffered = Buffer.alloc(0);
	return async (n) => {
		while (buffered.length < n) {
			const next = await chunks.next();
			if (next.done) throw new IncompleteReadError(buffered.length, n); // the end came first
			buffered = Buffer.concat([buffered, next.value]);
		}
		const bytes = buffered.subarray(0, n);
		buffered = buffered.subarray(n);
		return bytes;
	};
}

async function serve(stream: Readable): Promise<void> {
	const readExactly = exactReader(stream);
	try {
		for (;;) {
			const size = (await readExactly(4)).readUInt32BE();
			console.log(`[server] frame: '${await readExactly(size)}'`);
		}
	} catch (error) {
		if (!(error instanceof IncompleteReadError)) throw error;
		console.log(
			`[server] IncompleteReadError: the stream ended after ${error.partial} of the ${error.expected} bytes of a frame`
		);
	}
}

const [server, client] = duplexPair();
const served = serve(server);
client.write(Buffer.concat([frame('one'), frame('two')])); // two frames in one write
const cut = frame('three, sent in two parts');
client.write(cut.subarray(0, 10));
await sleep(100);
client.write(cut.subarray(10)); // readExactly waited for the rest
client.write(frame('four, cut short').subarray(0, 8));
client.end(); // ends the stream in the middle of frame four
await served;
