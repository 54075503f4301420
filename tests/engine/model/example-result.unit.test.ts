import { describe, expect, it } from 'vitest';
import { ExampleResultSchema } from '../../../src/engine/model/example-result.ts';

const program = {
	lang: 'py',
	file: 'examples/demo/demo.py',
	source: 'print("hi")\n',
	runtime: 'Python 3.11.7',
	output: [{ stream: 'stdout', text: 'hi\n', t: 31.5 }],
	exitCode: 0,
	signal: null,
	expectedFailure: false,
	durationMs: 40.2,
	browser: { runsIn: 'replay', reason: 'imports threading: needs threads, which cannot start on Pyodide' },
};

describe('ExampleResultSchema, the boundary between engine and pages', () => {
	it('accepts what the engine produces', () => {
		expect(ExampleResultSchema.parse({ id: 'demo', programs: [program] })).toEqual({ id: 'demo', programs: [program] });
	});

	it('rejects an entry without programs, an unknown language, or a chunk without its time', () => {
		const bad = [
			{ id: 'demo', programs: [] },
			{ id: 'demo', programs: [{ ...program, lang: 'rb' }] },
			{ id: 'demo', programs: [{ ...program, output: [{ stream: 'stdout', text: 'hi\n' }] }] },
		];
		for (const entry of bad) expect(ExampleResultSchema.safeParse(entry).success, JSON.stringify(entry)).toBe(false);
	});
});
