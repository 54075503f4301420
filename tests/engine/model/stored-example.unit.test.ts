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
	it('holds no trace and no loop record, only the file they are in, and reads back as the engine made it', async () => {
		const stored = StoredExampleSchema.parse(await storedExample(example(), dir));
		const [py, ts] = stored.programs;
		expect(py!.trace).toBeUndefined();
		expect(py!.timeline).toEqual({ rows: [], totalMs: 40.2 });
		expect(path.dirname(py!.runFile!)).toBe(dir);
		// A program with neither (a transcript shown with examples off) is stored as it is.
		expect(ts!.runFile).toBeUndefined();
		expect(exampleOf(stored)).toEqual(example());
	});

	it('names the file by what it holds: a changed run is a new file, so the entry changes too', async () => {
		const first = await storedExample(example('Task-1'), dir);
		const again = await storedExample(example('Task-1'), dir);
		const changed = await storedExample(example('Task-2'), dir);
		expect(again.programs[0]!.runFile).toBe(first.programs[0]!.runFile);
		expect(changed.programs[0]!.runFile).not.toBe(first.programs[0]!.runFile);
		expect(await readdir(dir)).toHaveLength(2);
		expect(exampleOf(first).programs[0]!.timeline!.loop).toEqual(loop('Task-1'));
	});

	it('names the program and the file when the file is gone', async () => {
		const stored = await storedExample(example(), dir);
		await rm(dir, { recursive: true });
		expect(() => exampleOf(stored)).toThrow(
			`examples/demo/demo.py: its run's trace and event loop were kept in ${stored.programs[0]!.runFile}`
		);
	});
});
