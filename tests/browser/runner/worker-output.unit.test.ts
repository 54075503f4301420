import { describe, expect, it } from 'vitest';
import { workerOutput, type WorkerMessage } from '../../../src/browser/runner/worker-output.ts';

function setup(maxChars = 1000) {
	const messages: WorkerMessage[] = [];
	let time = 0;
	const queued: Array<() => void> = [];
	const out = workerOutput(
		(m) => messages.push(m),
		maxChars,
		() => time,
		(f) => queued.push(f)
	);
	return { out, messages, queued, tick: (ms: number) => (time += ms) };
}

describe('workerOutput', () => {
	it('sends each write at once while output is calm, keeping streams apart', () => {
		const { out, messages } = setup();
		out.write('stdout', 'a\n');
		out.write('stderr', 'b\n');
		expect(messages).toEqual([
			{ type: 'output', chunks: [{ stream: 'stdout', text: 'a\n' }] },
			{ type: 'output', chunks: [{ stream: 'stderr', text: 'b\n' }] },
		]);
	});

	it('batches a flood into few messages, and flushes the rest later or when time passes', () => {
		const { out, messages, queued, tick } = setup(100_000);
		for (let i = 0; i < 500; i++) out.write('stdout', 'x\n');
		expect(messages.length).toBe(10); // the first ten writes of the window, then batching
		expect(queued.length).toBe(1);
		queued[0]!();
		expect(messages.length).toBe(11);
		tick(31);
		out.write('stdout', 'y\n');
		expect(messages.length).toBe(12);
		const text = messages.flatMap((m) => (m.type === 'output' ? m.chunks.map((c) => c.text) : [])).join('');
		expect(text).toBe('x\n'.repeat(500) + 'y\n');
	});

	it('cuts the output at the cap, says so, and drops what comes after', () => {
		const { out, messages } = setup(5);
		out.write('stdout', 'abc');
		out.write('stdout', 'defg');
		out.write('stdout', 'h');
		expect(messages).toEqual([
			{ type: 'output', chunks: [{ stream: 'stdout', text: 'abc' }] },
			{ type: 'output', chunks: [{ stream: 'stdout', text: 'de' }] },
			{ type: 'capped' },
		]);
	});
});
