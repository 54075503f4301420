import { describe, expect, it, vi } from 'vitest';
import { replay } from '../../../src/browser/runner/replay.ts';

describe('replay', () => {
	it("shows each recorded chunk at the time the build's run wrote it, then ends", () => {
		vi.useFakeTimers();
		vi.setSystemTime(0);
		const seen: string[] = [];
		replay(
			[
				{ stream: 'stdout', text: 'a\n', t: 40 },
				{ stream: 'stderr', text: 'b\n', t: 300 },
			],
			(chunk) => seen.push(`${chunk.stream}:${chunk.text.trim()}@${Date.now()}`),
			() => seen.push(`end@${Date.now()}`)
		);
		vi.advanceTimersByTime(299);
		expect(seen).toEqual(['stdout:a@40']);
		vi.advanceTimersByTime(1);
		expect(seen).toEqual(['stdout:a@40', 'stderr:b@300', 'end@300']);
		vi.useRealTimers();
	});

	it('stops when asked', () => {
		vi.useFakeTimers();
		const seen: string[] = [];
		const run = replay(
			[{ stream: 'stdout', text: 'a\n', t: 100 }],
			(c) => seen.push(c.text),
			() => seen.push('end')
		);
		run.stop();
		vi.advanceTimersByTime(1000);
		expect(seen).toEqual([]);
		vi.useRealTimers();
	});
});
