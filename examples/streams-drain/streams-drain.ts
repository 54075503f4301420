import { Writable } from 'node:stream';
import { once } from 'node:events';

const CHUNK = 16 * 1024; // 16 KiB

// A slow consumer: each chunk takes 10 ms to "write".
let handled = 0;
const slow = () =>
	new Writable({
		highWaterMark: 64 * 1024, // write() says false past 64 KiB buffered
		write(chunk: Buffer, _encoding, done) {
			setTimeout(() => {
				handled += chunk.length;
				done();
			}, 10);
		},
	});

// 1. write() returns false once the buffer reaches the highWaterMark.
const a = slow();
let n = 1;
while (a.write(Buffer.alloc(CHUNK))) n++;
console.log(`write() returned false on chunk ${n}`);
console.log(`  buffered: ${a.writableLength / 1024} KiB`);
await once(a, 'drain');
console.log(`'drain': buffered ${a.writableLength} bytes`);

// 2. Respecting it: 64 chunks, waiting for 'drain' whenever told to.
const b = slow();
let waits = 0;
let most = 0;
for (let i = 0; i < 64; i++) {
	if (!b.write(Buffer.alloc(CHUNK))) {
		most = Math.max(most, b.writableLength);
		waits++;
		await once(b, 'drain');
	}
}
console.log(`respecting false: waited for 'drain' ${waits} times`);
console.log(`  most ever buffered: ${most / 1024} KiB`);

// 3. Ignoring it: nothing stops the writer, the buffer just grows.
handled = 0;
const c = slow();
for (let i = 0; i < 64; i++) c.write(Buffer.alloc(CHUNK));
console.log(`ignoring false: buffered ${c.writableLength / 1024} KiB`);
c.end();
await once(c, 'finish');
console.log(`  all written in the end: ${handled / 1024} KiB`);
