import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExampleResultSchema, type ExampleResult } from '../../../src/engine/model/example-result.ts';
import { StoredExampleSchema, exampleOf, storedExample } from '../../../src/engine/model/stored-example.ts';

const loop = (label: string) => ({
	loops: [
		{
			where: 'main',
			iterations: [
				{
					n: 1,
					start: 0,
					end: 1,
					waited: 0,
					wokeBy: 'ready' as const,
					ready: [label],
					timers: [],
					ran: [{ start: 0, end: 1, label, task: label, cause: 'create_task' as const, line: 3 }],
				},
			],
			dropped: 0,
		},
	],
});

const example = (label = 'Task-1'): ExampleResult =>
	ExampleResultSchema.parse({
		id: 'demo',
		programs: [
			{
				lang: 'py',
				file: 'examples/demo/demo.py',
				source: 'print("hi")\n',
				runtime: 'Python 3.13.0',
				output: [{ stream: 'stdout', text: 'hi\n', t: 31.5 }],
				exitCode: 0,
				signal: null,
				expectedFailure: false,
				durationMs: 40.2,
				timeline: { rows: [], totalMs: 40.2, loop: loop(label) },
				claims: [],
				trace: '{"traceEvents":[]}',
				browser: { runsIn: 'browser' },
			},
			{
				lang: 'ts',
				file: 'examples/demo/demo.ts',
				source: 'console.log("hi");\n',
				runtime: 'Node 26.10.0',
				output: [{ stream: 'stdout', text: 'hi\n', t: 12 }],
				exitCode: 0,
				signal: null,
				expectedFailure: false,
				durationMs: 20,
				browser: { runsIn: 'browser' },
			},
		],
	});

let dir: string;
beforeEach(async () => void (dir = await mkdtemp(path.join(tmpdir(), 'stored-example-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('an example as the content store keeps it', () => {
	it('holds no source, timeline or trace, only the file they are in, and reads back as the engine made it', async () => {
		const stored = StoredExampleSchema.parse(await storedExample(example(), dir));
		for (const program of stored.programs) {
			expect(Object.keys(program)).not.toContain('source');
			expect(Object.keys(program)).not.toContain('timeline');
			expect(Object.keys(program)).not.toContain('trace');
			expect(path.dirname(program.runFile)).toBe(dir);
		}
		// What the page draws from stays in the entry.
		expect(stored.programs[0]!.output).toEqual([{ stream: 'stdout', text: 'hi\n', t: 31.5 }]);
		expect(exampleOf(stored)).toEqual(example());
	});

	it('names the file by what it holds: a changed run is a new file, so the entry changes too', async () => {
		const first = await storedExample(example('Task-1'), dir);
		const again = await storedExample(example('Task-1'), dir);
		const changed = await storedExample(example('Task-2'), dir);
		expect(again.programs[0]!.runFile).toBe(first.programs[0]!.runFile);
		expect(changed.programs[0]!.runFile).not.toBe(first.programs[0]!.runFile);
		expect(await readdir(dir)).toHaveLength(3); // the TypeScript program's, and the Python one's twice
		expect(exampleOf(first).programs[0]!.timeline!.loop).toEqual(loop('Task-1'));
	});

	it('refuses what the schema refuses, before writing a file: the store is still the boundary', async () => {
		const [py] = example().programs;
		const broken = { id: 'demo', programs: [{ ...py!, timeline: { rows: 'not rows', totalMs: 1 } as never }] };
		await expect(storedExample(broken, dir)).rejects.toThrow(/rows/);
		expect(await readdir(dir)).toEqual([]);
	});

	it('names the program and the file when the file is gone', async () => {
		const stored = await storedExample(example(), dir);
		await rm(dir, { recursive: true });
		expect(() => exampleOf(stored)).toThrow(
			`examples/demo/demo.py: its source, timeline and trace were kept in ${stored.programs[0]!.runFile}`
		);
	});
});
