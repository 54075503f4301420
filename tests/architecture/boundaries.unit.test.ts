/**
 * The layout of src/ as rules on imports (CONTRIBUTING "Architecture"): which runtime each folder runs in, and the
 * direction the engine's imports run, from drivers to steps to shared code, never back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';

const SRC = path.join(ROOT, 'src');

export interface Import {
	/** The importing file, relative to src/. */
	from: string;
	/** As written. */
	specifier: string;
	/** For a relative import, the file it names, relative to src/; for a package or builtin, null. */
	target: string | null;
}

const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)(['"])([^'"\n]+)\1/g;

export function importsOf(from: string, text: string): Import[] {
	return [...text.matchAll(IMPORT)].map(([, , specifier]) => ({
		from,
		specifier: specifier!,
		target: specifier!.startsWith('.')
			? path.relative(SRC, path.resolve(SRC, path.dirname(from), specifier!))
			: specifier!.startsWith('~/')
				? specifier!.slice(2)
				: null,
	}));
}

function srcImports(): Import[] {
	const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|mjs|astro)$/.test(f));
	return files.flatMap((file) => importsOf(file, readFileSync(path.join(SRC, file), 'utf8')));
}

const isNodeBuiltin = (s: string) => s.startsWith('node:') || builtinModules.includes(s.split('/')[0]!);
const inFolder = (file: string | null, ...folders: string[]) =>
	file !== null && folders.some((folder) => file.startsWith(`${folder}/`));
/** The engine's pipeline: each step may use the steps before it (and model/), never a driver. */
const STEPS = ['discover', 'check', 'run', 'record', 'verdict', 'transcripts', 'cache', 'model'];
const DRIVERS = ['build', 'off', 'dev', 'verify'];

/** Each rule: the imports that break it, as `file → specifier` lines. */
export function violations(imports: Import[]): Record<string, string[]> {
	const broken = (test: (i: Import) => boolean) => imports.filter(test).map((i) => `${i.from} → ${i.specifier}`);
	return {
		// The Astro adapter and the components are the only code that knows Astro. The Expressive Code plugins take
		// Expressive Code's plugin API where Starlight hands it to them (@astrojs/starlight/expressive-code).
		'astro:*, astro/* and @astrojs/* only in astro/ and components/': broken(
			(i) =>
				(/^(astro:|@astrojs\/)/.test(i.specifier) || /^astro(\/(?!zod$)|$)/.test(i.specifier)) &&
				!inFolder(i.from, 'astro', 'components') &&
				i.from !== 'content.config.ts' &&
				!(inFolder(i.from, 'plugins/expressive-code') && i.specifier.startsWith('@astrojs/starlight/expressive-code'))
		),
		'no node:* in shared/ and browser/': broken(
			(i) => inFolder(i.from, 'shared', 'browser') && isNodeBuiltin(i.specifier)
		),
		'shared/ imports only shared/': broken(
			(i) => inFolder(i.from, 'shared') && (i.target === null || !inFolder(i.target, 'shared'))
		),
		'browser/ imports only browser/ and shared/': broken(
			(i) => inFolder(i.from, 'browser') && i.target !== null && !inFolder(i.target, 'browser', 'shared')
		),
		'the engine imports only itself and shared/': broken(
			(i) => inFolder(i.from, 'engine') && i.target !== null && !inFolder(i.target, 'engine', 'shared')
		),
		'outside the engine, only engine/index.ts (and engine/model/index.ts for what pages read)': broken(
			(i) =>
				!inFolder(i.from, 'engine') &&
				inFolder(i.target, 'engine') &&
				i.target !== 'engine/index.ts' &&
				i.target !== 'engine/model/index.ts'
		),
		'components/ read the engine through engine/model/index.ts only': broken(
			(i) => inFolder(i.from, 'components') && inFolder(i.target, 'engine') && i.target !== 'engine/model/index.ts'
		),
		'a step of the engine never imports a driver': broken(
			(i) =>
				inFolder(i.from, ...STEPS.map((s) => `engine/${s}`)) && inFolder(i.target, ...DRIVERS.map((d) => `engine/${d}`))
		),
	};
}

describe('the layout of src/', () => {
	const imports = srcImports();

	it('has imports to check, in every folder', () => {
		for (const folder of ['astro', 'engine', 'shared', 'components', 'browser', 'plugins', 'site', 'cli']) {
			expect(
				imports.some((i) => inFolder(i.from, folder)),
				folder
			).toBe(true);
		}
	});

	it('keeps every boundary', () => {
		const broken = Object.entries(violations(imports)).filter(([, list]) => list.length);
		expect(Object.fromEntries(broken)).toEqual({});
	});

	it('catches each kind of crossing (the rules can fail)', () => {
		const crossing = [
			importsOf('engine/run/spawn.ts', "import { getCollection } from 'astro:content';"),
			importsOf('engine/run/plan.ts', "import type { Loader } from 'astro/loaders';"),
			importsOf('shared/output.ts', "import path from 'node:path';"),
			importsOf('browser/runner/replay.ts', "import { readFile } from 'fs';"),
			importsOf('shared/languages.ts', "import { LANGUAGES } from '../engine/run/languages.ts';"),
			importsOf('browser/runner/replay.ts', "import { FrameParser } from '../../engine/run/frames.ts';"),
			importsOf('engine/run/spawn.ts', "import { writeSummary } from '../../astro/bridge.ts';"),
			importsOf(
				'cli/examples-verify.ts',
				"import { verifyDeterminism } from '../engine/verify/verify-determinism.ts';"
			),
			importsOf('components/views/example-view.ts', "import { buildExamples } from '../../engine/index.ts';"),
			importsOf('engine/run/spawn.ts', "import { schedule } from '../build/schedule.ts';"),
		];
		for (const imports of crossing) {
			const broken = Object.values(violations(imports)).flat();
			expect(broken.length, imports[0]!.specifier).toBeGreaterThan(0);
		}
		// Allowed: the engine's zod, shared code in the browser, the public surface from the CLIs.
		const allowed = [
			importsOf('engine/discover/metadata.ts', "import { z } from 'astro/zod';"),
			importsOf('browser/runner/replay.ts', "import type { OutputChunk } from '../../shared/output.ts';"),
			importsOf('cli/examples-verify.ts', "import { verifyDeterminism } from '../engine/index.ts';"),
		];
		for (const imports of allowed) expect(Object.values(violations(imports)).flat()).toEqual([]);
	});
});
