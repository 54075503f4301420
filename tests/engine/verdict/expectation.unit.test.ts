import { describe, expect, it } from 'vitest';
import { findRunProblem } from '../../../src/engine/verdict/expectation.ts';
import type { RunResult } from '../../../src/engine/run/spawn.ts';

const run = (over: Partial<RunResult> = {}): RunResult => ({
	status: 'exited',
	exitCode: 0,
	signal: null,
	output: [{ stream: 'stdout', text: 'done\n', t: 3 }],
	durationMs: 12,
	machine: '2 cores',
	...over,
});
const limits = { timeoutMs: 1000, maxOutputBytes: 256 * 1024 };
const stderr = (text: string) => [{ stream: 'stderr' as const, text, t: 5 }];

describe('findRunProblem', () => {
	it('accepts exit 0 with output', () => {
		expect(findRunProblem(run(), null, limits)).toBeNull();
	});

	it('names a timeout with its limit and what to do', () => {
		expect(findRunProblem(run({ status: 'timeout', exitCode: null, signal: 'SIGKILL' }), null, limits)).toBe(
			'timed out after 1000 ms and was killed with every process it started (raise "timeoutMs" in example.json if it needs longer)'
		);
	});

	it('names the output limit in KiB', () => {
		expect(findRunProblem(run({ status: 'output-limit' }), null, limits)).toBe(
			'printed more than 256 KiB and was stopped'
		);
	});

	it('names a wrong exit code, and a signal that killed the program', () => {
		expect(findRunProblem(run({ exitCode: 3 }), null, limits)).toBe('exited with code 3');
		expect(findRunProblem(run({ exitCode: null, signal: 'SIGSEGV' }), null, limits)).toBe('was killed by SIGSEGV');
	});

	it('fails a program that printed nothing but whitespace', () => {
		expect(findRunProblem(run({ output: [{ stream: 'stdout', text: ' \n', t: 1 }] }), null, limits)).toBe(
			'printed nothing: an example must print what the page shows'
		);
	});

	describe('with a declared failure', () => {
		const expectFailure = { exitCode: 2, stderr: 'TimeoutError' };

		it('is met by that exit code and that text on stderr', () => {
			expect(
				findRunProblem(run({ exitCode: 2, output: stderr('asyncio.TimeoutError\n') }), expectFailure, limits)
			).toBeNull();
		});

		it('fails a program that exits 0', () => {
			expect(findRunProblem(run(), expectFailure, limits)).toBe(
				'was expected to fail with exit code 2, but exited with code 0'
			);
		});

		it('fails another exit code, or a signal', () => {
			expect(findRunProblem(run({ exitCode: 1, output: stderr('TimeoutError') }), expectFailure, limits)).toBe(
				'was expected to fail with exit code 2, but exited with code 1'
			);
			expect(findRunProblem(run({ exitCode: null, signal: 'SIGTERM' }), expectFailure, limits)).toBe(
				'was expected to fail with exit code 2, but was killed by SIGTERM'
			);
		});

		it('fails when the text is missing from stderr, even if stdout has it', () => {
			const output = [{ stream: 'stdout' as const, text: 'TimeoutError\n', t: 1 }, ...stderr('ValueError\n')];
			expect(findRunProblem(run({ exitCode: 2, output }), expectFailure, limits)).toBe(
				'was expected to print "TimeoutError" to stderr, but did not'
			);
		});

		it('still reports a timeout first', () => {
			expect(findRunProblem(run({ status: 'timeout', exitCode: null }), expectFailure, limits)).toMatch(
				/^timed out after 1000 ms/
			);
		});
	});
});
