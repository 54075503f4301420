/**
 * The loop recorder on a real, sandboxed run (harness/python-loop-recorder.py through record/loop.ts): one added
 * `await asyncio.sleep(0)` changes the recorded iterations the way the loop works, so nothing here is typed by hand
 * but the change to the program.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import type { LoopHandle, LoopIteration, LoopRecord } from '../../../src/shared/loop.ts';
import { examplesDirWith, recordingEffects } from '../../helpers/examples-dir.ts';

const steps = (loop: LoopRecord, task: string) =>
	loop.iterations.flatMap((it) => it.ran.filter((h) => h.task === task).map((h) => ({ n: it.n, ...h })));

describe('loop recording', () => {
	it('records a second step for each task, one iteration later, once the program adds one await asyncio.sleep(0)', async () => {
		const dirs = await examplesDirWith(['loop-steps']);
		const file = path.join(dirs.examplesDir, 'loop-steps', 'loop-steps.py');
		const source = await readFile(file, 'utf8');
		const build = async () => {
			const program = (await buildExamples(dirs, recordingEffects().effects)).examples[0]!.programs[0]!;
			const view = program.timeline!.loop!;
			if (!('loops' in view)) throw new Error(`loop unseen: ${view.unseen}`);
			return { loop: view.loops[0]! };
		};

		const before = await build();
		expect(before.loop.where).toBe('main');
		const [a1, b1] = [steps(before.loop, 'a'), steps(before.loop, 'b')];
		// Each task runs once: made by create_task, both in one iteration, a first, each printing its two lines.
		expect(a1.map((h) => h.cause)).toEqual(['create_task']);
		expect(b1.map((h) => h.cause)).toEqual(['create_task']);
		expect(b1[0]!.n).toBe(a1[0]!.n);
		expect(a1[0]!.out).toEqual([0, 2]);
		expect(b1[0]!.out).toEqual([2, 4]);

		const line = source.split('\n').findIndex((l) => l.includes('print(f"{name} starts")')) + 1;
		await writeFile(file, source.replace('print(f"{name} starts")\n', `$&    await asyncio.sleep(0)\n`));
		const after = await build();
		const [a2, b2] = [steps(after.loop, 'a'), steps(after.loop, 'b')];
		// Now each task yields once: its second step is a bare `yield`, in the next iteration, where it prints "ends".
		expect(a2.map((h) => h.cause)).toEqual(['create_task', 'yield']);
		expect(b2.map((h) => h.cause)).toEqual(['create_task', 'yield']);
		expect(a2[1]!.n).toBe(a2[0]!.n + 1);
		expect(b2.map((h) => h.n)).toEqual(a2.map((h) => h.n));
		expect([a2[0]!.out, b2[0]!.out, a2[1]!.out, b2[1]!.out]).toEqual([
			[0, 1],
			[1, 2],
			[2, 3],
			[3, 4],
		]);
		// The first step stopped at the new await, the line after the first print.
		expect(a2[0]!.line).toBe(line + 1);
		const yielded: LoopIteration = after.loop.iterations.find((it) => it.n === a2[1]!.n)!;
		expect(yielded.ready.slice(0, 2)).toEqual(['a', 'b']);
		expect(yielded.wokeBy).toBe('ready');
		expect(after.loop.iterations.length).toBe(before.loop.iterations.length + 1);
		const all: LoopHandle[] = after.loop.iterations.flatMap((it) => it.ran);
		for (const h of all) expect(h.end).toBeGreaterThanOrEqual(h.start);
	}, 60_000);
});
