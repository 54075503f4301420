/**
 * One place for the environment (src/engine/env.ts, resolved once by engineConfig in config.ts): the engine reads
 * no variable anywhere else but in the files listed here, each with why, and no driver chooses its own sandbox
 * level. A new read, or a driver calling chooseSandbox again, fails this test. The CLIs and the Astro adapter are the
 * edges that hand `process.env` in (engineConfig, examplesMode, reportable): they are not the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';

const SRC = path.join(ROOT, 'src');

/** `process.env`, and a variable read off an environment object (`env.PATH`, `env?.JAVA_HOME`), in a file's code. */
export function envReads(text: string): string[] {
	const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	return code.match(/process\.env\b|\benv\??\.[A-Z][A-Z0-9_]*/g) ?? [];
}

/** The places that call `chooseSandbox(…)`, as `file: call`. */
export function sandboxChoices(file: string, text: string): string[] {
	return (text.match(/(?<!function )\bchooseSandbox\(/g) ?? []).map(() => file);
}

const engineFiles = () =>
	readdirSync(path.join(SRC, 'engine'), { recursive: true, encoding: 'utf8' })
		.filter((f) => /\.(ts|mjs)$/.test(f))
		.map((f) => path.join('engine', f));

/**
 * Reads of the environment the engine still makes outside env.ts, per file, and why. Each count is exact: a new read
 * in one of these files fails the test too, and so does one removed (update the count, or drop the entry).
 */
const KNOWN_READS: Record<string, { reads: number; why: string }> = {
	'engine/toolchain/runtimes.ts': {
		reads: 5,
		why: 'PATH and PYENV_ROOT: where python3 is looked for; planBuild is given no environment yet (debt)',
	},
	'engine/toolchain/other-runtimes.ts': { reads: 1, why: 'the same search, for the version matrix (debt)' },
	'engine/toolchain/engine-env.ts': {
		reads: 7,
		why: 'PATH and JAVA_HOME for Java: being moved with Spark, Beam and packages into run/engines/ (debt)',
	},
	'engine/run/harness/node-preload.mjs': {
		reads: 1,
		why: "runs in the example's process: the example's own allow-listed environment, not the engine's",
	},
};

describe('the environment', () => {
	it('is read in engine/env.ts, and elsewhere in the engine only where listed, with why', () => {
		const reads = Object.fromEntries(
			engineFiles()
				.filter((f) => f !== path.join('engine', 'env.ts'))
				.map((f) => [f.split(path.sep).join('/'), envReads(readFileSync(path.join(SRC, f), 'utf8')).length])
				.filter(([, n]) => n)
		);
		expect(reads).toEqual(Object.fromEntries(Object.entries(KNOWN_READS).map(([f, { reads }]) => [f, reads])));
	});

	it('leaves the engine only through engineConfig: no driver chooses its own sandbox level', () => {
		const choices = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
			.filter((f) => /\.(ts|mjs|astro)$/.test(f))
			.flatMap((f) => sandboxChoices(f, readFileSync(path.join(SRC, f), 'utf8')));
		expect(choices).toEqual([path.join('engine', 'config.ts')]);
	});

	it('catches a driver that chooses its own level (the rule can fail)', () => {
		const driver = 'const plan = await planBuild(examples, config.root, config.sandbox ?? chooseSandbox());';
		expect(sandboxChoices('engine/drivers/build-examples.ts', driver)).toEqual(['engine/drivers/build-examples.ts']);
		expect(sandboxChoices('engine/run/sandbox.ts', 'export function chooseSandbox(env) {')).toEqual([]);
		expect(envReads('// process.env in a comment\nconst ci = process.env.CI; const p = env?.PATH;\n')).toEqual([
			'process.env',
			'env?.PATH',
		]);
	});
});
