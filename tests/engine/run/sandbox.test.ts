/**
 * A careless or hostile example must not hang the build, flood it, leave processes behind, read the builder's
 * secrets, write outside its sandbox or reach the network. One fixture per behaviour, each run by the real engine.
 * Durations are the engine's own measure of each run (RunResult.durationMs), never the build's wall time.
 */
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import type { ExampleBuildError } from '../../../src/engine/errors.ts';
import type { ExampleResult } from '../../../src/engine/model/example-result.ts';
import { canUseCgroups } from '../../../src/engine/run/cgroup.ts';
import { planBuild } from '../../../src/engine/plan/plan.ts';
import { runExample } from '../../../src/engine/run/run-sandboxed.ts';
import { availableSandboxLevels, chooseSandbox, type SandboxLevel } from '../../../src/engine/run/sandbox.ts';
import {
	examplesDirWith,
	KILL_MARGIN_MS,
	processesMatching,
	recordingEffects,
	type ExamplesDir,
} from '../../helpers/examples-dir.ts';

async function build(id: string) {
	const dirs = await examplesDirWith([id]);
	const outcome = await buildExamples(dirs, recordingEffects().effects).then(
		({ examples }) => ({ examples, error: undefined, failures: [] }),
		(error: ExampleBuildError) => ({ examples: [] as ExampleResult[], error: error.message, failures: error.failures })
	);
	/** How long each failed run lasted, by file. */
	const durations = Object.fromEntries(outcome.failures.map((f) => [f.file, f.durationMs]));
	return { ...outcome, durations, dirs };
}
const outputOf = (example: ExampleResult, lang: 'ts' | 'py') =>
	example.programs
		.find((p) => p.lang === lang)!
		.output.map((c) => c.text)
		.join('');

/** Killed at its timeout: not before, and not long after. */
function expectKilledAt(durationMs: number | undefined, timeoutMs: number) {
	expect(durationMs).toBeGreaterThanOrEqual(timeoutMs);
	expect(durationMs).toBeLessThan(timeoutMs + KILL_MARGIN_MS);
}

describe('the sandbox', () => {
	it('is the strongest level on this machine: bubblewrap, with a process cap', () => {
		// The tests are meant to run where every level works (CI installs bubblewrap and runs as root).
		expect(availableSandboxLevels()).toEqual(['bwrap', 'namespaces', 'process-group']);
		expect(chooseSandbox({})).toBe('bwrap');
		expect(canUseCgroups()).toBe(true);
	});

	it('stops an infinite loop at its timeout', async () => {
		const { error, durations, dirs } = await build('infinite-loop');
		expect(error).toContain(
			'example "infinite-loop" (examples/infinite-loop/infinite-loop.py) timed out after 1000 ms'
		);
		expectKilledAt(durations['examples/infinite-loop/infinite-loop.py'], 1000);
		expect(processesMatching(dirs.examplesDir)).toEqual([]);
	});

	it('caps a fork storm and kills all of it at the timeout', async () => {
		// Run as the build runs it (runExample), to see the run's own cgroup counter: a cap that was never hit,
		// or no cap at all, leaves it at 0 (or absent), whatever the machine's process count did.
		const dirs = await examplesDirWith(['fork-storm']);
		const [run] = await runAt(chooseSandbox({}), dirs);
		expect(run!.file).toBe('examples/fork-storm/fork-storm.py');
		expect(run!.status).toBe('timeout');
		expectKilledAt(run!.durationMs, 2000);
		expect(processesMatching(dirs.examplesDir)).toEqual([]);
		// pids.events `max`: how many forks the cap refused. The storm retries each refusal every 10 ms for 2 s.
		expect(run!.pidsCapHits).toBeGreaterThan(0);
	});

	it('stops a program that floods its output at 256 KiB', async () => {
		const { error, durations } = await build('output-flood');
		for (const file of ['output-flood.py', 'output-flood.ts']) {
			expect(error).toContain(
				`example "output-flood" (examples/output-flood/${file}) printed more than 256 KiB and was stopped`
			);
			// Stopped by the limit, before its 5 s timeout could stop it.
			expect(durations[`examples/output-flood/${file}`]).toBeLessThan(5000);
		}
	});

	it('kills a detached child when the program exits', async () => {
		const { examples, error, dirs } = await build('detached-child');
		expect(error).toBeUndefined();
		expect(outputOf(examples[0]!, 'py')).toBe('started a detached child and exited\n');
		expect(processesMatching(dirs.examplesDir)).toEqual([]);
	});

	it('kills a worker that never exits, at the timeout', async () => {
		const { error, durations, dirs } = await build('worker-never-exits');
		expect(error).toContain(
			'example "worker-never-exits" (examples/worker-never-exits/worker-never-exits.ts) timed out after 1000 ms'
		);
		expectKilledAt(durations['examples/worker-never-exits/worker-never-exits.ts'], 1000);
		expect(processesMatching(dirs.examplesDir)).toEqual([]);
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

	it('fails a program that tries to reach the network, naming where, even when it carries on offline', async () => {
		const { error } = await build('open-socket');
		expect(error).toContain(
			'example "open-socket" (examples/open-socket/open-socket.py) tried to reach the network: 1.1.1.1:80 (socket.connect).'
		);
		expect(error).toContain(
			'example "open-socket" (examples/open-socket/open-socket.ts) tried to reach the network: 1.1.1.1:80 (connect).'
		);
	});

	it('fails a program that downloads a file: the build has no network, a reader’s copy would', async () => {
		const { error } = await build('downloads');
		const advice =
			'A build has no network, so its page would show what a reader’s copy, with one, need not print: make the program run offline.';
		expect(error).toContain(
			`example "downloads" (examples/downloads/downloads.py) tried to reach the network: example.org:443 (https://example.org/data.json). ${advice}`
		);
		expect(error).toContain(
			`example "downloads" (examples/downloads/downloads.ts) tried to reach the network: example.org:443 (fetch https://example.org/data.json). ${advice}`
		);
	});
});

/** Runs one fixture's programs directly at the given level (no checkers: this is about the sandbox). */
async function runAt(level: SandboxLevel, dirs: ExamplesDir) {
	const examples = await discoverExamples(dirs.examplesDir, dirs.root);
	const { programs } = await planBuild(examples, dirs.root, level);
	return Promise.all(programs.map(async (plan) => ({ file: plan.program.displayPath, ...(await runExample(plan)) })));
}

describe.each(availableSandboxLevels())('the sandbox at level %s', (level) => {
	it('kills a program at its timeout, and everything it started', async () => {
		const dirs = await examplesDirWith(['infinite-loop', 'hang']);
		const runs = await runAt(level, dirs);
		expect(runs.map((r) => [r.file, r.status])).toEqual([
			['examples/hang/hang.ts', 'timeout'],
			['examples/infinite-loop/infinite-loop.py', 'timeout'],
		]);
		for (const run of runs) expectKilledAt(run.durationMs, 1000);
		expect(processesMatching(dirs.examplesDir)).toEqual([]);
	});

	// A process group cannot hold a child that starts its own session: only a PID namespace or a cgroup can.
	it.runIf(level !== 'process-group' || canUseCgroups())('kills a detached child when the program exits', async () => {
		const dirs = await examplesDirWith(['detached-child']);
		const [run] = await runAt(level, dirs);
		expect(run!.output.map((c) => c.text).join('')).toBe('started a detached child and exited\n');
		expect(processesMatching(dirs.examplesDir)).toEqual([]);
	});

	// What streams, Spark's driver and its Python workers, and Beam's workers need at every level: loopback, and a
	// /proc that shows the program's own processes (Spark 4 finds each Python worker with ProcessHandle.of(pid)).
	it('gives a program loopback and a /proc of its own processes', async () => {
		const dirs = await examplesDirWith(['loopback-echo', 'own-proc']);
		const outputs = (await runAt(level, dirs)).map((r) => [r.file, r.output.map((c) => c.text).join('')]);
		expect(outputs).toEqual([
			['examples/loopback-echo/loopback-echo.py', 'loopback echoed: hello\n'],
			['examples/own-proc/own-proc.py', '/proc/self is this process: True\n/proc shows its child: True\n'],
		]);
	});

	// What a program prints is its own: the harness only records the attempt (the build then fails it, above).
	it.runIf(level !== 'process-group')('takes the network away, for Python too', async () => {
		const dirs = await examplesDirWith(['open-socket', 'downloads']);
		const outputs = (await runAt(level, dirs)).map((r) => [r.file, r.output.map((c) => c.text).join('')]);
		expect(outputs).toEqual([
			['examples/downloads/downloads.py', 'offline: URLError\n'],
			['examples/downloads/downloads.ts', 'offline: fetch failed\n'],
			['examples/open-socket/open-socket.py', 'no network: Network is unreachable\n'],
			['examples/open-socket/open-socket.ts', 'no network: ERR_ACCESS_DENIED\n'],
		]);
	});
});

describe('chooseSandbox', () => {
	it('takes the strongest level, or the one EXAMPLES_SANDBOX demands, and refuses an unknown one', () => {
		expect(chooseSandbox({})).toBe(availableSandboxLevels()[0]);
		expect(chooseSandbox({ EXAMPLES_SANDBOX: 'process-group' })).toBe('process-group');
		expect(() => chooseSandbox({ EXAMPLES_SANDBOX: 'chroot' })).toThrow(
			'EXAMPLES_SANDBOX=chroot: unknown level; use one of bwrap, namespaces, process-group.'
		);
	});
});
