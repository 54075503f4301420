/**
 * Decides whether a run did what its example promised: exit 0 with some output, or the declared failure.
 * Returns what went wrong in words, or null.
 */
import { outputText } from '../../shared/output.ts';
import type { ExpectFailure } from '../discover/metadata.ts';
import type { RunResult } from '../run/spawn.ts';

export function findRunProblem(
	result: RunResult,
	expect: ExpectFailure | null,
	limits: { timeoutMs: number; maxOutputBytes: number }
): string | null {
	if (result.status === 'timeout') {
		return `timed out after ${limits.timeoutMs} ms and was killed with every process it started (raise "timeoutMs" in example.json if it needs longer)`;
	}
	if (result.status === 'output-limit') {
		return `printed more than ${Math.round(limits.maxOutputBytes / 1024)} KiB and was stopped`;
	}
	const ended = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
	if (!expect) {
		if (result.exitCode !== 0) return ended;
		if (!result.output.some((chunk) => chunk.text.trim())) {
			return 'printed nothing: an example must print what the page shows';
		}
		return null;
	}
	if (result.exitCode === 0) {
		return `was expected to fail with exit code ${expect.exitCode}, but exited with code 0`;
	}
	if (result.exitCode !== expect.exitCode) {
		return `was expected to fail with exit code ${expect.exitCode}, but ${ended}`;
	}
	const stderr = outputText(result.output, 'stderr');
	if (expect.stderr && !stderr.includes(expect.stderr)) {
		return `was expected to print "${expect.stderr}" to stderr, but did not`;
	}
	return null;
}
