/**
 * The layout of src/ as rules on imports (CONTRIBUTING "Architecture"): which runtime each folder runs in, and the
 * direction the engine's imports run, from drivers to steps to shared code, never back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';
import { importSpecifiers } from '../../src/engine/cache/imports.ts';

const SRC = path.join(ROOT, 'src');

export interface Import {
	/** The importing file, relative to src/. */
	from: string;
	/** As written. */
	specifier: string;
	/** For a relative import, the file it names, relative to src/; for a package or builtin, null. */
	target: string | null;
}

export function importsOf(from: string, text: string): Import[] {
	return importSpecifiers(text).map((specifier) => ({
		from,
		specifier,
		target: specifier.startsWith('.')
			? path.relative(SRC, path.resolve(SRC, path.dirname(from), specifier))
			: specifier.startsWith('~/')
				? specifier.slice(2)
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
/**
 * The engine's steps, in order: a step imports only the steps before it, the engine root's shared files and shared/;
 * never a later step, never a driver. The order is what each step is built on (the cache before the run, which is
 * planned with its keys); CONTRIBUTING "Architecture" draws what a program goes through.
 */
const STEPS = [
	'discover',
	'toolchain',
	'transcripts',
	'record',
	'cache',
	'check',
	'run',
	'plan',
	'verdict',
	'model',
	'results',
	'versions',
];
/** The drivers: each starts from the steps; none imports another driver's folder. */
const DRIVERS = ['drivers', 'off', 'dev', 'verify'];
/** The engine's root files every step may use: they import only each other and shared/. */
const SHARED_ROOT = ['errors.ts', 'env.ts', 'summary.ts', 'schema-file.ts', 'atomic-write.ts'];
/** The other root files: the configuration the drivers take (it imports steps), and the public surface. */
const DRIVER_ROOT = ['config.ts', 'index.ts'];
/**
 * Driver-to-driver imports that are still there, each a known debt: the determinism check reuses the build's
 * scheduler and its lines about programs not run. A new one fails the test.
 */
const KNOWN_DRIVER_CROSSINGS = ['engine/verify/verify-determinism.ts → engine/drivers/'];

/** `engine/run/spawn.ts` → `run`; `engine/errors.ts` → `errors.ts`; outside the engine, null. */
function roomOf(file: string | null): string | null {
	if (file === null || !file.startsWith('engine/')) return null;
	return file.split('/')[1]!;
}
const stepIndex = (file: string | null) => STEPS.indexOf(roomOf(file) ?? '');

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
		'every file of the engine is in a listed room (a step, a driver, or a root file)': broken(
			(i) =>
				roomOf(i.from) !== null && ![...STEPS, ...DRIVERS, ...SHARED_ROOT, ...DRIVER_ROOT].includes(roomOf(i.from)!)
		),
		'a step imports only earlier steps (STEPS is the order), never a later one': broken(
			(i) => stepIndex(i.from) >= 0 && stepIndex(i.target) > stepIndex(i.from)
		),
		"a step imports of the engine's root only its shared files, never config.ts or index.ts": broken(
			(i) => stepIndex(i.from) >= 0 && DRIVER_ROOT.includes(roomOf(i.target) ?? '')
		),
		"the engine root's shared files import only each other and shared/": broken(
			(i) =>
				SHARED_ROOT.includes(roomOf(i.from) ?? '') &&
				roomOf(i.target) !== null &&
				!SHARED_ROOT.includes(roomOf(i.target)!)
		),
		"a driver never imports another driver's folder": broken(
			(i) =>
				DRIVERS.includes(roomOf(i.from) ?? '') &&
				DRIVERS.includes(roomOf(i.target) ?? '') &&
				roomOf(i.from) !== roomOf(i.target) &&
				!KNOWN_DRIVER_CROSSINGS.some((known) => `${i.from} → ${i.target}`.startsWith(known))
		),
		// An engine (Spark, Beam, the locked packages) is one module of hooks the run calls in stage order, and what
		// it adds stays there: the languages, the sandbox and the spawn know no engine.
		'in run/, only run-sandboxed.ts calls the engines (run/engines/)': broken(
			(i) =>
				inFolder(i.from, 'engine/run') &&
				!inFolder(i.from, 'engine/run/engines') &&
				i.from !== 'engine/run/run-sandboxed.ts' &&
				inFolder(i.target, 'engine/run/engines')
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

	it('has no folder named build (common tools skip one as output)', () => {
		const dirs = readdirSync(SRC, { recursive: true, withFileTypes: true }).filter((d) => d.isDirectory());
		expect(
			dirs.filter((d) => d.name === 'build').map((d) => path.relative(SRC, path.join(d.parentPath, d.name)))
		).toEqual([]);
	});

	it('keeps every boundary', () => {
		const broken = Object.entries(violations(imports)).filter(([, list]) => list.length);
		expect(Object.fromEntries(broken)).toEqual({});
	});

	it('catches each kind of crossing (the rules can fail)', () => {
		const crossing = [
			importsOf('engine/run/spawn.ts', "import { getCollection } from 'astro:content';"),
			importsOf('engine/plan/plan.ts', "import type { Loader } from 'astro/loaders';"),
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
			importsOf('engine/run/spawn.ts', "import { schedule } from '../drivers/schedule.ts';"),
			// One crossing of each rule of the engine's rooms.
			importsOf('engine/matrix/attach-versions.ts', "import { compareVersion } from './compare-versions.ts';"),
			importsOf('engine/discover/metadata.ts', "import { checkClaim } from '../verdict/claims.ts';"),
			importsOf('engine/run/run-sandboxed.ts', "import type { ProgramPlan } from '../plan/plan.ts';"),
			importsOf('engine/discover/site.ts', "import type { EngineConfig } from '../config.ts';"),
			importsOf('engine/errors.ts', "import type { FailedRun } from './verdict/failure-report.ts';"),
			importsOf('engine/errors.ts', "import type { EngineSummary } from './drivers/summary.ts';"),
			importsOf('engine/drivers/build-examples.ts', "import { notRunResults } from '../off/offline-results.ts';"),
			importsOf('engine/verify/verify-determinism.ts', "import { offlineResults } from '../off/offline-results.ts';"),
			importsOf('engine/run/languages.ts', "import { SPARK_CONF_DIR } from './engines/spark.ts';"),
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
			// An earlier step, a shared root file, a driver's own folder, the known debt.
			importsOf('engine/verdict/run-checks.ts', "import type { ProgramPlan } from '../plan/plan.ts';"),
			importsOf('engine/discover/site.ts', "import { ExampleBuildError } from '../errors.ts';"),
			importsOf('engine/drivers/run-matrix.ts', "import { buildExamples } from './build-examples.ts';"),
			importsOf('engine/verify/verify-determinism.ts', "import { schedule } from '../drivers/schedule.ts';"),
			// The engines: called by the run, planned with (their labels, what they miss), built on the run's parts.
			importsOf('engine/run/run-sandboxed.ts', "import { ENGINES } from './engines/engines.ts';"),
			importsOf('engine/plan/plan.ts', "import { ENGINES } from '../run/engines/engines.ts';"),
			importsOf('engine/run/engines/spark.ts', "import { HARNESS_DIR } from '../languages.ts';"),
		];
		for (const imports of allowed) expect(Object.values(violations(imports)).flat()).toEqual([]);
	});
});
