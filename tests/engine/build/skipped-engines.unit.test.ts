import { describe, expect, it } from 'vitest';
import { refuseSkippedEnginesInCi } from '../../../src/engine/build/build-examples.ts';
import type { ProgramPlan } from '../../../src/engine/run/plan.ts';

const unrunnable = [
	{
		example: { id: 'pyspark-stages' },
		engine: {
			id: 'spark',
			java: null,
			missing: {
				missing: 'Java 17 or newer (looked in JAVA_HOME, then PATH)',
				install: 'apt-get install openjdk-17-jre-headless',
			},
		},
	},
] as unknown as ProgramPlan[];

describe('engine programs without Java or .venv', () => {
	it('CI=true refuses to skip them, naming the examples, what is missing and the install command', () => {
		expect(() => refuseSkippedEnginesInCi(unrunnable, { CI: 'true' })).toThrow(
			'CI=true: the engine examples pyspark-stages need Java 17 or newer (looked in JAVA_HOME, then PATH), which this machine lacks, and CI never skips them. Install it (apt-get install openjdk-17-jre-headless) and build again.'
		);
	});

	it('a normal build goes on (the pages show the transcripts with a notice)', () => {
		expect(() => refuseSkippedEnginesInCi(unrunnable, {})).not.toThrow();
		expect(() => refuseSkippedEnginesInCi([], { CI: 'true' })).not.toThrow();
	});
});
