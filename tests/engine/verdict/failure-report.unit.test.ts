import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatFailure } from '../../../src/engine/verdict/failure-report.ts';
import type { FailedRun } from '../../../src/engine/summary.ts';

const failed = (over: Partial<FailedRun> = {}): FailedRun => ({
	id: 'gather-order',
	file: 'examples/gather-order/gather-order.py',
	problem: 'exited with code 1',
	usedBy: ['content/asyncio/gather.mdx', 'content/compare.mdx'],
	output: [],
	durationMs: 40,
	...over,
});

/** The stderr of a real failed run (tests/fixtures/failures/, kept as the build captured it). */
const stderrOf = (name: string) => [
	{ stream: 'stdout' as const, text: 'what it printed first\n', t: 1 },
	{
		stream: 'stderr' as const,
		text: readFileSync(new URL(`../../fixtures/failures/${name}`, import.meta.url), 'utf8'),
		t: 2,
	},
];

/** The lines of a report between "shown on" and the quoted stderr. */
const exceptionPart = (report: string) => {
	const lines = report.split('\n');
	return lines.slice(2, lines.indexOf('  last lines of stderr:'));
};

describe('formatFailure', () => {
	it('names the example, the file, what happened and the pages', () => {
		expect(formatFailure(failed())).toBe(
			[
				'example "gather-order" (examples/gather-order/gather-order.py) exited with code 1',
				'  shown on: content/asyncio/gather.mdx, content/compare.mdx',
				'  (nothing on stderr)',
			].join('\n')
		);
	});

	it('says when no page shows the example yet', () => {
		expect(formatFailure(failed({ usedBy: [] }))).toContain('\n  shown on: no page yet\n');
	});

	it('quotes the last 12 lines of stderr only, never stdout', () => {
		const lines = Array.from({ length: 15 }, (_, i) => `line ${i + 1}`);
		const output = [
			{ stream: 'stdout' as const, text: 'normal output\n', t: 1 },
			{ stream: 'stderr' as const, text: `${lines.join('\n')}\n`, t: 2 },
		];
		const report = formatFailure(failed({ output }));
		expect(report.split('\n').slice(2)).toEqual([
			'  last lines of stderr:',
			...lines.slice(3).map((l) => `    | ${l}`),
		]);
		expect(report).not.toContain('normal output');
	});
});

describe('formatFailure names the exception above the last lines', () => {
	it('a PySpark job whose Python worker could not start: the Python error, then the JVM’s exception and cause', () => {
		// Its last 12 lines are JVM stack frames: without these lines the report never says what failed.
		const report = formatFailure(failed({ output: stderrOf('pyspark-daemon-failed.stderr') }));
		expect(exceptionPart(report)).toEqual([
			'  exception: py4j.protocol.Py4JJavaError: An error occurred while calling z:org.apache.spark.api.python.PythonRDD.collectAndServe.',
			'  JVM exception: org.apache.spark.SparkException: Job aborted due to stage failure: Task 1 in stage 0.0 failed 1 times, most recent failure: Lost task 1.0 in stage 0.0 (TID 1) (localhost executor driver): java.lang.IllegalStateException: Python daemon failed to launch worker.',
			'  JVM cause: java.lang.IllegalStateException: Python daemon failed to launch worker.',
		]);
		expect(report.split('\n').at(-2)).toBe(
			'    | \tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)'
		);
	});

	it('a PySpark task that raised: the last traceback’s line, the Python error the worker sent back', () => {
		const report = formatFailure(failed({ output: stderrOf('pyspark-task-raised.stderr') }));
		expect(exceptionPart(report)).toEqual(["  exception: ValueError: invalid literal for int() with base 10: 'x'"]);
	});

	it('a chained Python exception: the one that ended the program', () => {
		const report = formatFailure(failed({ output: stderrOf('python-chained.stderr') }));
		expect(exceptionPart(report)).toEqual(['  exception: RuntimeError: no port configured']);
	});

	it('a Python ExceptionGroup: the group, and each exception in it', () => {
		const report = formatFailure(failed({ output: stderrOf('python-exception-group.stderr') }));
		expect(exceptionPart(report)).toEqual([
			'  exception: ExceptionGroup: unhandled errors in a TaskGroup (2 sub-exceptions)',
			'    1: ValueError: a failed',
			'    2: ValueError: b failed',
		]);
	});

	it('an uncaught Node error: its error line, under the source line Node quotes', () => {
		const file = 'examples/fetch-user/fetch-user.ts';
		const report = formatFailure(failed({ file, output: stderrOf('node-uncaught.stderr') }));
		expect(exceptionPart(report)).toEqual(['  exception: TypeError: user 7 has no name']);
	});

	it('a Node error with a cause: both (a fetch the permission model refused)', () => {
		const file = 'examples/fetch-data/fetch-data.ts';
		const report = formatFailure(failed({ file, output: stderrOf('node-fetch-denied.stderr') }));
		expect(exceptionPart(report)).toEqual([
			'  exception: [TypeError: fetch failed] {',
			'  cause: Error: getaddrinfo ERR_ACCESS_DENIED example.org',
		]);
	});

	it('says nothing more when stderr holds no exception', () => {
		const output = [{ stream: 'stderr' as const, text: 'giving up: the input was empty\n', t: 1 }];
		expect(exceptionPart(formatFailure(failed({ output })))).toEqual([]);
	});
});
