import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_OUTPUT_BYTES, runCommand } from '../../../src/engine/run/spawn.ts';

/** A Node process that writes `count` frames of 1 KiB with `tag` (`t`: recorder events, `o`: output), then `done`. */
const writer = (tag: 't' | 'o', count: number) => [
	process.execPath,
	'-e',
	`const line = 'x'.repeat(1023) + '\\n';
	for (let i = 0; i < ${count}; i++) process.stdout.write('\\0${tag}1024\\0' + line);
	process.stdout.write('\\0o5\\0done\\n');`,
];
const run = (command: string[]) =>
	runCommand({
		command,
		cwd: process.cwd(),
		env: {},
		timeoutMs: 20_000,
		maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
		rawStream: 'stderr',
	});

describe('the output limit', () => {
	it("counts what the program printed, not the recorder's events in the same pipe", async () => {
		const result = await run(writer('t', 600)); // 600 KiB of events
		expect(result.status).toBe('exited');
		expect(result.output.map((c) => c.text).join('')).toBe('done\n');
		expect(result.trace?.length).toBe(600 * 1024);
	});

	it('stops a program that prints past it', async () => {
		const result = await run(writer('o', 600));
		expect(result.status).toBe('output-limit');
	});
});
