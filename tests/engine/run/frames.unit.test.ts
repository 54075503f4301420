import { describe, expect, it } from 'vitest';
import { FrameParser } from '../../../src/engine/run/frames.ts';

const frame = (tag: 'o' | 'e' | 't', text: string) => {
	const data = Buffer.from(text);
	return Buffer.concat([Buffer.from(`\0${tag}${data.length}\0`), data]);
};
const summary = (p: FrameParser) => p.chunks.map((c) => [c.stream, c.text]);

describe('FrameParser', () => {
	it('keeps the order of frames and merges consecutive writes to one stream', () => {
		const p = new FrameParser('stderr');
		p.push(Buffer.concat([frame('o', 'a\n'), frame('o', 'b\n'), frame('e', 'oops\n'), frame('o', 'c\n')]), 1);
		expect(summary(p)).toEqual([
			['stdout', 'a\nb\n'],
			['stderr', 'oops\n'],
			['stdout', 'c\n'],
		]);
	});

	it("keeps the timeline recorder's frames out of the output, split anywhere", () => {
		const bytes = Buffer.concat([
			frame('o', 'a\n'),
			frame('t', '["mark",1]\n'),
			frame('o', 'b\n'),
			frame('t', '["x"]\n'),
		]);
		for (let cut = 1; cut < bytes.length; cut++) {
			const p = new FrameParser('stderr');
			p.push(bytes.subarray(0, cut), 1);
			p.push(bytes.subarray(cut), 2);
			expect(p.chunks.map((c) => c.text).join(''), `cut at ${cut}`).toBe('a\nb\n');
			expect(p.trace, `cut at ${cut}`).toBe('["mark",1]\n["x"]\n');
		}
	});

	it('reads a frame split anywhere across reads, multi-byte characters included', () => {
		const bytes = Buffer.concat([frame('e', 'café ☕\n'), frame('o', 'ok\n')]);
		for (let cut = 1; cut < bytes.length; cut++) {
			const p = new FrameParser('stderr');
			p.push(bytes.subarray(0, cut), 1);
			p.push(bytes.subarray(cut), 2);
			expect(p.chunks.map((c) => c.text).join('|'), `cut at ${cut}`).toBe('café ☕\n|ok\n');
		}
	});

	it('gives bytes outside frames to the raw stream', () => {
		const p = new FrameParser('stderr');
		p.push(Buffer.concat([frame('o', 'framed\n'), Buffer.from('Fatal error from the runtime\n')]), 1);
		p.end(2);
		expect(summary(p)).toEqual([
			['stdout', 'framed\n'],
			['stderr', 'Fatal error from the runtime\n'],
		]);
	});

	it('treats a NUL that starts no valid header as text', () => {
		const p = new FrameParser('stdout');
		p.push(Buffer.from('a\0zb'), 1);
		p.end(2);
		expect(p.chunks.map((c) => c.text).join('')).toBe('a\0zb');
	});
});
