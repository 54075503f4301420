import { describe, expect, it } from 'vitest';
import { unexplainedStderr } from './engine-stderr.ts';

const SHOWN = 'WARNING: Using incubator modules: jdk.incubator.vector\n';

describe('unexplainedStderr', () => {
	it("accepts Spark's notices, log records with their stack traces, and the progress bar around the page's lines", () => {
		const copy = [
			'WARNING: Using incubator modules: jdk.incubator.vector',
			"Using Spark's default log4j profile: org/apache/spark/log4j2-defaults.properties",
			'26/12/05 10:11:08 WARN Utils: Your hostname, vm, resolves to a loopback address: 127.0.0.1',
			'Setting default log level to "WARN".',
			'To adjust logging level use sc.setLogLevel(newLevel). For SparkR, use setLogLevel(newLevel).',
			'[Stage 0:>                                        (0 + 2) / 4]\r[Stage 0:=====>     (1 + 3) / 4]\r' +
				' '.repeat(80) +
				'\r26/12/05 10:11:02 ERROR Executor: Exception in task 0.0 in stage 0.0 (TID 0)',
			'org.apache.spark.api.python.PythonException: Traceback (most recent call last):',
			'\tat org.apache.spark.executor.Executor$TaskRunner.run(Executor.scala:906)',
			'',
		].join('\n');
		expect(unexplainedStderr(copy, SHOWN)).toEqual([]);
	});

	it("names a line nothing explains, and a line of the page's the copy did not print", () => {
		const copy = ['Traceback (most recent call last):', 'ValueError: boom', ''].join('\n');
		expect(unexplainedStderr(copy, SHOWN)).toEqual([
			'Traceback (most recent call last):',
			'ValueError: boom',
			"(the page's line, missing) WARNING: Using incubator modules: jdk.incubator.vector",
		]);
	});

	it("a line after the page's own line is not part of an earlier log record", () => {
		const copy = [
			'26/12/05 10:11:02 WARN Utils: a record',
			'WARNING: Using incubator modules: jdk.incubator.vector',
			'printed by the program, not on the page',
		].join('\n');
		expect(unexplainedStderr(copy, SHOWN)).toEqual(['printed by the program, not on the page']);
	});
});
