import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/engine/check/diagnostic.ts';
import { findPython } from '../../../src/engine/toolchain/runtimes.ts';
import { typecheckPy } from '../../../src/engine/check/pyright.ts';
import { typecheckTs } from '../../../src/engine/check/tsc.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';

describe('typecheckTs', () => {
	it('reports every type error of every example in one pass, as file:line:col TSxxxx message', async () => {
		const { root, examplesDir } = await examplesDirWith(['ok', 'type-error']);
		const found = (await typecheckTs(examplesDir, root)).map(formatDiagnostic);
		expect(found).toEqual([
			"examples/type-error/type-error.ts:1:7 TS2322 Type 'string' is not assignable to type 'number'.",
			"examples/type-error/type-error.ts:6:19 TS2345 Argument of type 'string' is not assignable to parameter of type 'number'.",
		]);
	});

	it('finds nothing in correct programs', async () => {
		const { root, examplesDir } = await examplesDirWith(['ok', 'interleave']);
		expect(await typecheckTs(examplesDir, root)).toEqual([]);
	});
});

describe('typecheckPy', () => {
	it('reports syntax and type errors with file:line:col and the rule', async () => {
		const { root, examplesDir } = await examplesDirWith(['ok', 'py-type-error', 'py-syntax-error']);
		const files = ['ok', 'py-type-error', 'py-syntax-error'].map((id) => path.join(examplesDir, id, `${id}.py`));
		const python = await findPython(root);
		const found = (await typecheckPy(files, examplesDir, root, python.path)).map(formatDiagnostic);
		expect(found).toContain('examples/py-syntax-error/py-syntax-error.py:2:1 syntax Expected indented block');
		expect(found).toContain(
			'examples/py-type-error/py-type-error.py:5:13 reportArgumentType Argument of type "Literal[\'4\']" cannot be assigned to parameter "x" of type "int" in function "twice" "Literal[\'4\']" is not assignable to "int"'
		);
		expect(found.filter((line) => line.startsWith('examples/ok/'))).toEqual([]);
	});
});
