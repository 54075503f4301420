import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import type { ExampleBuildError } from '../../../src/engine/errors.ts';
import type { FailedRun } from '../../../src/engine/summary.ts';
import {
	examplesDirWith,
	failure,
	KILL_MARGIN_MS,
	processesMatching,
	recordingEffects,
} from '../../helpers/examples-dir.ts';

async function build(cases: string[], pages: Record<string, string> = {}) {
	const dirs = await examplesDirWith(cases);
	for (const [name, text] of Object.entries(pages)) await writeFile(path.join(dirs.contentDir, name), text);
	const { lines, effects } = recordingEffects();
	const run = () => buildExamples(dirs, effects);
	return { dirs, lines, run };
}

describe('buildExamples', () => {
	it('runs each program and keeps stdout and stderr in their true order', async () => {
		const { run } = await build(['interleave']);
		const { examples } = await run();
		const [py, ts] = examples[0]!.programs;
		for (const program of [py!, ts!]) {
			expect(program.output.map((c) => [c.stream, c.text])).toEqual([
				['stdout', 'out 1\n'],
				['stderr', 'err 1\n'],
				['stdout', 'out 2\n'],
				['stderr', 'err 2\n'],
				['stdout', 'out 3\n'],
				['stderr', 'err 3\n'],
				['stdout', 'out 4\n'],
				['stderr', 'err 4\n'],
				['stdout', 'out 5\n'],
				['stderr', 'err 5\n'],
				['stdout', 'no newline, then '],
				['stderr', 'stderr\n'],
			]);
		}
		expect(py!.runtime).toMatch(/^Python 3\.\d+\.\d+$/);
		expect(ts!.runtime).toBe(`Node ${process.versions.node}`);
	});

	it('reuses cached results: a second build with nothing changed runs nothing', async () => {
		const { run, lines, dirs } = await build(['ok']);
		expect((await run()).summary).toMatchObject({ checked: 2, ran: 2, cached: 0, failed: 0 });
		expect((await run()).summary).toMatchObject({ checked: 2, ran: 0, cached: 2, failed: 0 });
		expect(lines).toContain('[cached] examples/ok/ok.ts');
		// A line added to the program shows up in the next build.
		await writeFile(path.join(dirs.examplesDir, 'ok', 'ok.ts'), "console.log('a new line');\n");
		const { examples, summary } = await run();
		expect(summary).toMatchObject({ ran: 1, cached: 1 });
		expect(examples[0]!.programs.find((p) => p.lang === 'ts')!.output[0]!.text).toBe('a new line\n');
		// The same for the Python twin, and a change of options runs both again.
		await writeFile(path.join(dirs.examplesDir, 'ok', 'ok.py'), "print('a new Python line')\n");
		const py = await run();
		expect(py.summary).toMatchObject({ ran: 1, cached: 1 });
		expect(py.examples[0]!.programs.find((p) => p.lang === 'py')!.output[0]!.text).toBe('a new Python line\n');
		await writeFile(path.join(dirs.examplesDir, 'ok', 'example.json'), '{ "timeoutMs": 4000 }');
		expect((await run()).summary).toMatchObject({ ran: 2, cached: 0 });
	});

	it('shares one cache between two copies of a project in different folders: the second runs nothing', async () => {
		const first = await build(['ok', 'interleave']);
		expect((await first.run()).summary).toMatchObject({ ran: 4, cached: 0 });
		const second = await examplesDirWith(['ok', 'interleave']);
		expect(second.root).not.toBe(first.dirs.root);
		const { lines, effects } = recordingEffects();
		const { summary } = await buildExamples({ ...second, cacheDir: first.dirs.cacheDir }, effects);
		expect(summary).toMatchObject({ checked: 4, ran: 0, cached: 4, failed: 0 });
		expect(lines.filter((l) => l.includes('nothing changed')).sort()).toEqual([
			'[cached] pyright: nothing changed since it last passed',
			'[cached] tsc: nothing changed since it last passed',
		]);
	});

	it('reports all type errors before running anything', async () => {
		const { run, lines } = await build(['ok', 'type-error']);
		expect(await failure(run())).toBe(
			[
				'2 error(s) in examples, nothing was run:',
				"examples/type-error/type-error.ts:1:7 TS2322 Type 'string' is not assignable to type 'number'.",
				"examples/type-error/type-error.ts:6:19 TS2345 Argument of type 'string' is not assignable to parameter of type 'number'.",
			].join('\n')
		);
		expect(lines.filter((l) => l.startsWith('[ran]'))).toEqual([]);
	});

	it('names the example, its pages, the exit code, the exception and the last lines of stderr when a program throws', async () => {
		const { run } = await build(['throws', 'ok'], {
			'broken.mdx': '# Broken\n\n<Example id="throws" />\n',
			'also.mdx': '<Example id="throws" lang="ts" />\n',
		});
		const message = await failure(run());
		expect(message).toMatch(
			/^1 example failed:\n\nexample "throws" \(examples\/throws\/throws\.ts\) exited with code 1\n {2}shown on: content\/also\.mdx, content\/broken\.mdx\n {2}exception: Error: something broke\n {2}last lines of stderr:\n/
		);
		expect(message).toContain("    | throw new Error('something broke');");
		expect(message).toContain('    | Error: something broke');
		expect(message).not.toContain('[cached]');
	});

	it('reports a non-zero exit with the code and stderr, and never caches a failure', async () => {
		const { run, dirs } = await build(['nonzero-exit']);
		const expected = [
			'1 example failed:',
			'',
			'example "nonzero-exit" (examples/nonzero-exit/nonzero-exit.py) exited with code 3',
			'  shown on: no page yet',
			'  last lines of stderr:',
			'    | giving up: the input was empty',
		].join('\n');
		expect(await failure(run())).toBe(expected);
		expect(await failure(run())).toBe(expected);
		// Only the checkers' clean result was kept, no run.
		const kept = await readdir(dirs.cacheDir);
		expect(kept.filter((name) => !name.startsWith('check-'))).toEqual([]);
	});

	it('kills a hanging program at its timeout, with the child and the worker it started', async () => {
		const { run, dirs } = await build(['hang']);
		const error = await run().then(
			() => expect.fail('expected the build to fail'),
			(error: ExampleBuildError) => error
		);
		expect(error.message).toContain(
			'example "hang" (examples/hang/hang.ts) timed out after 1000 ms and was killed with every process it started (raise "timeoutMs" in example.json if it needs longer)'
		);
		// The run itself, measured by the engine: killed at its timeout, not long after.
		const [{ durationMs }] = error.failures as [FailedRun];
		expect(durationMs).toBeGreaterThanOrEqual(1000);
		expect(durationMs).toBeLessThan(1000 + KILL_MARGIN_MS);
		expect(processesMatching(dirs.examplesDir)).toEqual([]);
	});

	it('asserts a declared failure: met is fine, unmet fails the build', async () => {
		const met = await build(['expected-failure-met']);
		const { examples } = await met.run();
		expect(examples[0]!.programs[0]).toMatchObject({ exitCode: 1, expectedFailure: true });
		const unmet = await build(['expected-failure-unmet']);
		expect(await failure(unmet.run())).toContain(
			'example "expected-failure-unmet" (examples/expected-failure-unmet/expected-failure-unmet.py) was expected to fail with exit code 1, but exited with code 0'
		);
	});

	it('fails a program that prints nothing', async () => {
		const { run } = await build(['silent']);
		expect(await failure(run())).toContain(
			'example "silent" (examples/silent/silent.py) printed nothing: an example must print what the page shows'
		);
	});

	it('rejects invalid metadata and a folder without a program, naming each file', async () => {
		const { run } = await build(['bad-metadata', 'no-program', 'ok']);
		const message = await failure(run());
		expect(message).toContain('Invalid examples:\n');
		expect(message).toContain(
			'examples/bad-metadata/example.json: field "timeoutMs": Invalid input: expected number, received string'
		);
		expect(message).toContain(
			'examples/no-program/: no program: expected no-program.py or no-program.ts in this folder'
		);
	});

	it('names the page and the closest id for an <Example> id that does not exist', async () => {
		const { run } = await build(['interleave', 'ok'], { 'page.mdx': '<Example id="interleaved" />\n' });
		expect(await failure(run())).toBe(
			'Unknown example ids:\ncontent/page.mdx: <Example id="interleaved"> names no example (no folder examples/interleaved/). Did you mean "interleave"?'
		);
	});

	it('runs only the examples it is asked to, in dev mode', async () => {
		const { dirs } = await build(['ok', 'interleave']);
		const { lines, effects } = recordingEffects();
		const { examples, summary } = await buildExamples({ ...dirs, only: ['ok'] }, effects);
		expect(examples.map((e) => e.id)).toEqual(['ok']);
		expect(summary).toMatchObject({ checked: 4, ran: 2 });
		expect(lines.some((l) => l.includes('interleave'))).toBe(false);
	});
});

describe('the checks', () => {
	it('are not run again while nothing they read has changed, and always after a change', async () => {
		const { run, dirs, lines } = await build(['ok']);
		await run();
		expect(lines.filter((l) => l.includes('nothing changed'))).toEqual([]);
		await run();
		// The two checkers run side by side: their lines may come in either order.
		expect(lines.filter((l) => l.includes('nothing changed')).sort()).toEqual([
			'[cached] pyright: nothing changed since it last passed',
			'[cached] tsc: nothing changed since it last passed',
		]);
		await writeFile(path.join(dirs.examplesDir, 'ok', 'ok.py'), 'x: int = "not an int"\nprint(x)\n');
		expect(await failure(run())).toMatch(
			/^1 error\(s\) in examples, nothing was run:\nexamples\/ok\/ok\.py:1:10 reportAssignmentType /
		);
	});
});
