/**
 * A careless or hostile example must not hang the build, flood it, leave processes behind, read the builder's
 * secrets, write outside its sandbox or reach the network. One fixture per behaviour, each run by the real engine.
 */
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../src/examples/build-examples.ts';
import type { ExampleResult } from '../../src/examples/example-result.ts';
import { canUseCgroups } from '../../src/examples/pids-cgroup.ts';
import { chooseSandbox } from '../../src/examples/sandbox.ts';
import { examplesDirWith, failure, processesMatching, recordingEffects } from '../helpers/examples-dir.ts';

async function build(id: string) {
	const dirs = await examplesDirWith([id]);
	const started = performance.now();
	const outcome = await buildExamples(dirs, recordingEffects().effects).then(
		({ examples }) => ({ examples, error: undefined }),
		(error: Error) => ({ examples: [] as ExampleResult[], error: error.message })
	);
	return { ...outcome, seconds: (performance.now() - started) / 1000 };
}
const outputOf = (example: ExampleResult, lang: 'ts' | 'py') =>
	example.programs
		.find((p) => p.lang === lang)!
		.output.map((c) => c.text)
		.join('');

/** Time a killed run may take beyond its timeout: the checkers' start-up (pyright ~2 s) and a margin. */
const MARGIN_S = 5;

describe('the sandbox', () => {
	it('is the strongest level on this machine: bubblewrap, with a process cap', () => {
		expect(chooseSandbox()).toBe('bwrap');
		expect(canUseCgroups()).toBe(true);
	});

	it('stops an infinite loop at its timeout', async () => {
		const { error, seconds } = await build('infinite-loop');
		expect(error).toContain(
			'example "infinite-loop" (examples/infinite-loop/infinite-loop.py) timed out after 1000 ms'
		);
		expect(seconds).toBeLessThan(1 + MARGIN_S);
		expect(processesMatching('infinite-loop/infinite-loop.py')).toEqual([]);
	});

	it('caps a fork storm and kills all of it at the timeout', async () => {
		const before = Number((await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[3]!.split('/')[1]);
		const { error, seconds } = await build('fork-storm');
		expect(error).toContain('example "fork-storm" (examples/fork-storm/fork-storm.py) timed out after 2000 ms');
		expect(seconds).toBeLessThan(2 + MARGIN_S);
		expect(processesMatching('fork-storm/fork-storm.py')).toEqual([]);
		const after = Number((await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[3]!.split('/')[1]);
		expect(after - before).toBeLessThan(100); // the storm never got near the machine's PID limit
	});

	it('stops a program that floods its output at 256 KiB', async () => {
		const { error, seconds } = await build('output-flood');
		for (const file of ['output-flood.py', 'output-flood.ts']) {
			expect(error).toContain(
				`example "output-flood" (examples/output-flood/${file}) printed more than 256 KiB and was stopped`
			);
		}
		expect(seconds).toBeLessThan(MARGIN_S);
	});

	it('kills a detached child when the program exits', async () => {
		const { examples, error } = await build('detached-child');
		expect(error).toBeUndefined();
		expect(outputOf(examples[0]!, 'py')).toBe('started a detached child and exited\n');
		expect(processesMatching('detached-child-marker')).toEqual([]);
	});

	it('kills a worker that never exits, at the timeout', async () => {
		const { error, seconds } = await build('worker-never-exits');
		expect(error).toContain(
			'example "worker-never-exits" (examples/worker-never-exits/worker-never-exits.ts) timed out after 1000 ms'
		);
		expect(seconds).toBeLessThan(1 + MARGIN_S);
		expect(processesMatching('worker-never-exits/worker-never-exits.ts')).toEqual([]);
	});

	it('lets a program write only in its temporary working directory', async () => {
		const { examples, error } = await build('write-outside');
		expect(error).toBeUndefined();
		expect(outputOf(examples[0]!, 'py')).toBe(
			[
				"the example's own folder: refused (Read-only file system)",
				'the home directory: written',
				'the working directory: written',
				'/etc: refused (Read-only file system)',
				'',
			].join('\n')
		);
		expect(outputOf(examples[0]!, 'ts')).toBe(
			[
				"the example's own folder: refused (ERR_ACCESS_DENIED)",
				'the home directory: written',
				'the working directory: written',
				'/etc: refused (ERR_ACCESS_DENIED)',
				'',
			].join('\n')
		);
	});

	it("gives a program an environment built from an allow-list: none of the builder's secrets", async () => {
		process.env.SANDBOX_TEST_SECRET = 'builder-secret-value';
		try {
			const { examples, error } = await build('env-secret');
			expect(error).toBeUndefined();
			for (const lang of ['py', 'ts'] as const) {
				const output = outputOf(examples[0]!, lang);
				expect(output).toContain('environment: HOME LANG LC_ALL NO_COLOR PATH PWD TMPDIR TZ\n');
				expect(output).toContain('secret visible: False'.replace('False', lang === 'py' ? 'False' : 'false'));
				expect(output).not.toContain('builder-secret-value');
			}
		} finally {
			delete process.env.SANDBOX_TEST_SECRET;
		}
	});

	it('gives a program no network', async () => {
		const { examples, error } = await build('open-socket');
		expect(error).toBeUndefined();
		expect(outputOf(examples[0]!, 'py')).toBe('no network: Network is unreachable\n');
		expect(outputOf(examples[0]!, 'ts')).toBe('no network: ERR_ACCESS_DENIED\n');
	});
});
