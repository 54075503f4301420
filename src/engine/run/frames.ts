/**
 * Reads the framed output of an example. The harness that starts every program (see `harness/`) points stdout and
 * stderr at ONE pipe and wraps each write in a small header, `\0o<bytes>\0` or `\0e<bytes>\0`. One pipe keeps the
 * true order of the two streams (two pipes read by the parent cannot); the header keeps which stream it was.
 * A third tag, `\0t<bytes>\0`, carries the timeline recorder's events (engine/record/events.ts): never output.
 * Bytes outside a frame (a runtime's fatal error written straight to the file descriptor, or a child process
 * started without the harness) belong to the language's `rawStream`.
 */

import type { OutputChunk, Stream } from '../../shared/output.ts';

const NUL = 0;
const TAGS: Record<number, Stream | 'trace'> = { 0x6f: 'stdout', 0x65: 'stderr', 0x74: 'trace' };

/** A streaming parser: feed it bytes as they arrive, read the chunks it produced. */
export class FrameParser {
	#pending = Buffer.alloc(0);
	/** Bytes still owed to the frame being read, and its stream. */
	#owed = 0;
	#owedStream: Stream | 'trace' = 'stdout';
	#trace: Buffer[] = [];
	/** Bytes of output (both streams, raw bytes too) and of recorder events so far: each has its own limit (spawn.ts). */
	outputBytes = 0;
	traceBytes = 0;
	/** Bytes per chunk, decoded only at the end: a read can split a multi-byte character. */
	#parts: Array<{ stream: Stream; bytes: Buffer[]; t: number }> = [];
	readonly rawStream: Stream;

	constructor(rawStream: Stream) {
		this.rawStream = rawStream;
	}

	push(bytes: Buffer, t: number): void {
		let buf = this.#pending.length ? Buffer.concat([this.#pending, bytes]) : bytes;
		this.#pending = Buffer.alloc(0);
		while (buf.length) {
			if (this.#owed > 0) {
				const take = Math.min(this.#owed, buf.length);
				if (this.#owedStream === 'trace') {
					this.#trace.push(Buffer.from(buf.subarray(0, take)));
					this.traceBytes += take;
				} else this.append(this.#owedStream, buf.subarray(0, take), t);
				this.#owed -= take;
				buf = buf.subarray(take);
				continue;
			}
			const start = buf.indexOf(NUL);
			if (start === -1) {
				this.append(this.rawStream, buf, t);
				return;
			}
			if (start > 0) this.append(this.rawStream, buf.subarray(0, start), t);
			const header = parseHeader(buf.subarray(start));
			if (header === 'incomplete') {
				this.#pending = Buffer.from(buf.subarray(start));
				return;
			}
			if (header === 'invalid') {
				this.append(this.rawStream, buf.subarray(start, start + 1), t);
				buf = buf.subarray(start + 1);
				continue;
			}
			this.#owed = header.length;
			this.#owedStream = header.stream;
			buf = buf.subarray(start + header.headerLength);
		}
	}

	/** Flushes a header cut short by the end of the output as plain bytes. */
	end(t: number): void {
		if (this.#pending.length) this.append(this.rawStream, this.#pending, t);
		this.#pending = Buffer.alloc(0);
	}

	/** The output so far, in order; consecutive writes to one stream are one chunk, with the earliest time. */
	get chunks(): OutputChunk[] {
		return this.#parts.map(({ stream, bytes, t }) => ({ stream, text: Buffer.concat(bytes).toString('utf8'), t }));
	}

	/** What the timeline recorder sent: JSON lines (see engine/record/events.ts). */
	get trace(): string {
		return Buffer.concat(this.#trace).toString('utf8');
	}

	/** Adds bytes known to come from `stream`, outside any frame. */
	append(stream: Stream, bytes: Buffer, t: number): void {
		if (!bytes.length) return;
		this.outputBytes += bytes.length;
		const last = this.#parts.at(-1);
		if (last && last.stream === stream) last.bytes.push(Buffer.from(bytes));
		else this.#parts.push({ stream, bytes: [Buffer.from(bytes)], t });
	}
}

type Header = { stream: Stream | 'trace'; length: number; headerLength: number } | 'incomplete' | 'invalid';

/** Parses `\0o123\0` at the start of `buf`. */
function parseHeader(buf: Buffer): Header {
	if (buf.length < 2) return 'incomplete';
	const stream = TAGS[buf[1]!];
	if (!stream) return 'invalid';
	let i = 2;
	while (i < buf.length && i < 14 && buf[i]! >= 0x30 && buf[i]! <= 0x39) i++;
	if (i === buf.length) return 'incomplete';
	if (i === 2 || buf[i] !== NUL) return 'invalid';
	return { stream, length: Number(buf.subarray(2, i).toString('ascii')), headerLength: i + 1 };
}
