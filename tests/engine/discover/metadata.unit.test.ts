import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExampleMeta, resolveRunOptions } from '../../../src/engine/discover/metadata.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';

describe('resolveRunOptions', () => {
	it('applies defaults', () => {
		expect(resolveRunOptions({}, 'ts')).toEqual({
			timeoutMs: 5000,
			alone: false,
			needs: [],
			expect: null,
			claims: [],
			nondeterministic: null,
			engine: null,
		});
	});

	it('lets one language override or cancel a shared option', () => {
		const meta = { timeoutMs: 2000, expect: { exitCode: 1 }, py: { expect: null, timeoutMs: 3000 } };
		expect(resolveRunOptions(meta, 'ts')).toMatchObject({ timeoutMs: 2000, expect: { exitCode: 1 } });
		expect(resolveRunOptions(meta, 'py')).toMatchObject({ timeoutMs: 3000, expect: null });
	});
});

describe('readExampleMeta', () => {
	it('names the file, each field, what was expected and what was received', async () => {
		const { examplesDir } = await examplesDirWith(['bad-metadata']);
		const file = path.join(examplesDir, 'bad-metadata', 'example.json');
		await expect(readExampleMeta(file, 'examples/bad-metadata/example.json')).rejects.toThrow(
			[
				'examples/bad-metadata/example.json: field "timeoutMs": Invalid input: expected number, received string',
				'examples/bad-metadata/example.json: field "needs.0": Invalid option: expected one of "workers"|"child-processes" (received "net")',
				'examples/bad-metadata/example.json: field "retries": unknown field (known fields: timeoutMs, alone, needs, expect, claims, nondeterministic, differs, mainOnly, engine, ts, py, python, node)',
			].join('\n')
		);
	});

	it('names the file and the claim for an unknown claim kind, and refuses fewer than 5 runs of a race', async () => {
		const { examplesDir } = await examplesDirWith(['ok']);
		const file = path.join(examplesDir, 'ok', 'example.json');
		const claims = [
			{ kind: 'overlap', rows: 'a|b' },
			{ kind: 'fast', rows: 'a' },
		];
		await writeFile(file, JSON.stringify({ py: { claims }, nondeterministic: { runs: 2 } }));
		await expect(readExampleMeta(file, 'examples/ok/example.json')).rejects.toThrow(
			[
				`examples/ok/example.json: field "nondeterministic.runs": Too small: expected number to be >=5 (received 2)`,
				`examples/ok/example.json: field "py.claims.1.kind": Invalid discriminator value. Expected 'overlap' | 'max-in-flight' | 'total-near-longest' | 'total-near-sum' | 'longest-gap' | 'longest-step' | 'duration' | 'outcome' | 'starts-after' | 'spark-tasks-at-once' | 'spark-stage-barrier' | 'spark-partition-runs' | 'loop-same-iteration' | 'loop-blocked' | 'loop-timer-order' | 'loop-iterations' | 'loop-cause' | 'loop-runs-before' (received "fast")`,
			].join('\n')
		);
	});

	it('reports JSON that does not parse', async () => {
		const { examplesDir } = await examplesDirWith(['ok']);
		const file = path.join(examplesDir, 'ok', 'example.json');
		await writeFile(file, '{ "timeoutMs": 100, }');
		await expect(readExampleMeta(file, 'examples/ok/example.json')).rejects.toThrow(
			/^examples\/ok\/example\.json: not valid JSON: /
		);
	});

	it('treats a missing file as all defaults', async () => {
		expect(await readExampleMeta('/nonexistent/example.json', 'x')).toEqual({});
	});
});

describe('engine programs', () => {
	it('declare their engine for the Python program only, and may run up to 300 s', () => {
		const meta = { engine: 'spark' as const, timeoutMs: 120_000 };
		expect(resolveRunOptions(meta, 'py')).toMatchObject({ engine: 'spark', timeoutMs: 120_000 });
		expect(resolveRunOptions(meta, 'ts').engine).toBeNull();
	});
});
