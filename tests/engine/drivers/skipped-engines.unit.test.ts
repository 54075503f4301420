import { describe, expect, it } from 'vitest';
import { notRunLines, refuseSkippedInCi } from '../../../src/engine/drivers/build-examples.ts';
import type { ProgramPlan } from '../../../src/engine/plan/plan.ts';

const unrunnable = [
	{
		example: { id: 'pyspark-stages' },
		program: { displayPath: 'examples/pyspark-stages/pyspark-stages.py' },
		engine: { id: 'spark', java: null },
		missing: {
			missing: 'Java 17 or newer (looked in JAVA_HOME, then PATH)',
			install: 'apt-get install openjdk-17-jre-headless',
		},
	},
] as unknown as ProgramPlan[];

describe('engine programs without Java or .venv', () => {
	it('CI=true refuses to skip them, naming the examples, what is missing and the install command', () => {
		expect(() => refuseSkippedInCi(unrunnable, true)).toThrow(
			'CI=true: the examples pyspark-stages need Java 17 or newer (looked in JAVA_HOME, then PATH), which this machine lacks, and CI never skips them. Install it (apt-get install openjdk-17-jre-headless) and build again.'
		);
	});

	it('a normal build goes on, with one notice per thing missing: the programs, and the command that installs it', () => {
		expect(() => refuseSkippedInCi(unrunnable, false)).not.toThrow();
		expect(() => refuseSkippedInCi([], true)).not.toThrow();
		const second = {
			...unrunnable[0]!,
			example: { id: 'pyspark-task-retry' },
			program: { displayPath: 'examples/pyspark-task-retry/pyspark-task-retry.py' },
		} as unknown as ProgramPlan;
		expect(notRunLines([...unrunnable, second])).toEqual([
			'[not run] 2 program(s) need Java 17 or newer (looked in JAVA_HOME, then PATH); install it with: apt-get install openjdk-17-jre-headless: examples/pyspark-stages/pyspark-stages.py, examples/pyspark-task-retry/pyspark-task-retry.py',
		]);
		expect(notRunLines([])).toEqual([]);
	});
});
