/**
 * What an engine (Spark, Beam, packages) does differently lives in its module under src/engine/run/engines/, one
 * object of one shape: code elsewhere asks that object, it does not branch on the engine's id. A new
 * `engine === 'spark'` outside run/engines/ fails this test; the one known exception is listed, with why.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';

const SRC = path.join(ROOT, 'src');
const ENGINES = path.join('engine', 'run', 'engines');

const KNOWN: Record<string, string> = {
	// An earlier step than run/: it may not import the engine objects, and it picks a file template, not a behaviour.
	'engine/discover/scaffold.ts': "npm run new's program template for the engine asked for",
};

/** Comparisons of a string against an engine id, in a file's code (comments left out). */
export function engineBranches(text: string): string[] {
	const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
	return code.match(/[!=]==?\s*'(spark|beam|packages)'|'(spark|beam|packages)'\s*[!=]==?/g) ?? [];
}

describe('engine branches', () => {
	it('live in run/engines/, apart from the files listed with why', () => {
		const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
			(f) => /\.(ts|mjs|astro)$/.test(f) && !f.startsWith(ENGINES)
		);
		const branching = files
			.filter((f) => engineBranches(readFileSync(path.join(SRC, f), 'utf8')).length)
			.map((f) => f.split(path.sep).join('/'));
		expect(branching.sort()).toEqual(Object.keys(KNOWN).sort());
	});

	it('are found, both ways round, and not in comments', () => {
		expect(engineBranches("if (engine?.id === 'spark') return;")).toHaveLength(1);
		expect(engineBranches("const beam = 'beam' == id || id !== 'packages';")).toHaveLength(2);
		expect(engineBranches("// engine === 'spark' once lived here\nconst id = 'spark';")).toEqual([]);
	});
});
