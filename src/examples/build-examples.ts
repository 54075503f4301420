/**
 * The example engine: finds every example, checks all of them in one pass, then runs each program sandboxed (in
 * parallel, the timing-sensitive ones alone), reusing cached results, and asserts each run did what it promised.
 * Plain Node: the Astro loader (loader.ts) and the tests call it the same way.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fsCache } from './cache.ts';
import { cacheKey, hashFiles } from './cache-key.ts';
import { browserSupport, type BrowserSupport } from './browser-support.ts';
import { checkExamples } from './check-examples.ts';
import { formatDiagnostic } from './diagnostics.ts';
import { discoverExamples, type ExampleProgram, type ExampleSource } from './discover.ts';
import { findRunProblem } from './expectation.ts';
import { formatFailure, type FailedRun } from './failure-report.ts';
import type { OutputChunk } from './frames.ts';
import { LANGUAGES, type LanguageId } from './languages.ts';
import { resolveRunOptions } from './metadata.ts';
import { runExample } from './run-example.ts';
import { schedule } from './schedule.ts';
import { DEFAULT_MAX_OUTPUT_BYTES, type RunResult } from './run.ts';
import { describeSandbox, sandboxLevel } from './sandbox.ts';
import { findRuntimes } from './toolchain.ts';
import { TYPESCRIPT_VERSION } from './typecheck-ts.ts';
import { PYRIGHT_VERSION } from './typecheck-py.ts';
import { findUsages, unknownIdProblems, type Usages } from './usages.ts';

export interface EngineConfig {
	/** Project root: paths in messages are relative to it. */
	root: string;
	examplesDir: string;
	/** MDX pages that show examples; their `<Example id>`s are checked against the examples. */
	contentDir?: string;
	cacheDir: string;
	/** Run only these example ids (all are still checked). Dev mode uses it for the example that changed. */
	only?: string[];
	/** Programs run side by side. @default os.availableParallelism() */
	concurrency?: number;
	maxOutputBytes?: number;
}

export interface EngineEffects {
	log(line: string): void;
	now(): number;
}

export const defaultEffects: EngineEffects = { log: (line) => console.log(line), now: () => performance.now() };

/** One program's run, as the page shows it. */
export interface ProgramResult {
	lang: LanguageId;
	/** e.g. `examples/gather/gather.ts` */
	file: string;
	source: string;
	/** e.g. `Node 26.10.0` */
	runtime: string;
	output: OutputChunk[];
	exitCode: number | null;
	signal: string | null;
	/** The program was declared to fail, and did. */
	expectedFailure: boolean;
	/** Whether a reader's browser can run it, or only replay this run (browser-support.ts). */
	browser: BrowserSupport;
}

export interface ExampleResult {
	id: string;
	programs: ProgramResult[];
	usedBy: string[];
}

export interface EngineSummary {
	checked: number;
	ran: number;
	cached: number;
	failed: number;
	seconds: number;
}

export function formatSummary(s: EngineSummary): string {
	return `examples: ${s.checked} checked, ${s.ran} ran, ${s.cached} cached, ${s.failed} failed in ${s.seconds.toFixed(2)}s`;
}

/** Thrown when an example is invalid, fails its checks or its run; the message is the whole report. */
export class ExampleBuildError extends Error {
	override name = 'ExampleBuildError';
}

const ENGINE_DIR = path.dirname(fileURLToPath(import.meta.url));

/** The engine's own code: a change to any of it changes every cache key. */
async function engineFiles(): Promise<string[]> {
	const names = await readdir(ENGINE_DIR, { recursive: true });
	return names
		.filter((f) => /\.(ts|mjs|py)$/.test(f))
		.sort()
		.map((f) => path.join(ENGINE_DIR, f));
}

export async function buildExamples(
	config: EngineConfig,
	effects: EngineEffects = defaultEffects
): Promise<{ examples: ExampleResult[]; summary: EngineSummary }> {
	const started = effects.now();
	const examples = await discoverExamples(config.examplesDir, config.root).catch((error: Error) => {
		throw new ExampleBuildError(error.message, { cause: error });
	});
	const usages: Usages = config.contentDir ? await findUsages(config.contentDir, config.root) : new Map();
	const unknown = unknownIdProblems(
		usages,
		examples.map((e) => e.id)
	);
	if (unknown.length) throw new ExampleBuildError(`Unknown example ids:\n${unknown.join('\n')}`);

	const programs = examples.flatMap((example) => example.programs.map((program) => ({ example, program })));
	const runtimes = await findRuntimes(
		programs.map((p) => p.program.lang),
		config.root
	);
	const python = runtimes.py ? `, Python ${runtimes.py.version} (${runtimes.py.path})` : '';
	effects.log(`runtimes: Node ${runtimes.ts!.version}${python}`);
	effects.log(describeSandbox());
	const engineVersion = await hashFiles(await engineFiles());
	const diagnostics = await checkExamples({
		...config,
		programs: programs.map((p) => p.program),
		python: runtimes.py,
		engineVersion,
		log: effects.log,
	});
	if (diagnostics.length) {
		const list = diagnostics.map(formatDiagnostic).join('\n');
		throw new ExampleBuildError(`${diagnostics.length} error(s) in examples, nothing was run:\n${list}`);
	}

	const cache = fsCache<RunResult>(config.cacheDir);
	const selected = programs.filter((p) => !config.only || config.only.includes(p.example.id));
	const counts = { ran: 0, cached: 0 };
	const failures: FailedRun[] = [];
	const results = new Map<ExampleProgram, RunResult>();

	const runOne = async ({ example, program }: { example: ExampleSource; program: ExampleProgram }) => {
		const options = resolveRunOptions(example.meta, program.lang);
		const runtime = runtimes[program.lang]!;
		const toolchain = {
			engine: engineVersion,
			runtime: runtime.version,
			checker: program.lang === 'ts' ? TYPESCRIPT_VERSION : PYRIGHT_VERSION,
			sandbox: sandboxLevel(),
		};
		const twins = example.programs.filter((p) => p !== program).map((p) => path.basename(p.file));
		const key = await cacheKey({ dir: example.dir, exclude: twins, lang: program.lang, toolchain, options });
		const hit = await cache.read(key);
		if (hit) {
			counts.cached++;
			results.set(program, hit);
			effects.log(`[cached] ${program.displayPath}`);
			return;
		}
		const t0 = effects.now();
		const result = await runExample(example, program, options, runtime, config.maxOutputBytes);
		counts.ran++;
		const seconds = ((effects.now() - t0) / 1000).toFixed(2);
		const problem = findRunProblem(result, options.expect, {
			timeoutMs: options.timeoutMs,
			maxOutputBytes: config.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES,
		});
		if (problem) {
			effects.log(`[failed] ${program.displayPath} ${seconds}s`);
			const usedBy = usages.get(example.id) ?? [];
			failures.push({ id: example.id, file: program.displayPath, problem, usedBy, output: result.output });
			return;
		}
		effects.log(`[ran] ${program.displayPath} ${seconds}s`);
		results.set(program, result);
		await cache.write(key, result);
	};

	const isAlone = (p: (typeof selected)[number]) => resolveRunOptions(p.example.meta, p.program.lang).alone;
	await schedule(selected, isAlone, config.concurrency ?? os.availableParallelism(), runOne);

	const summary: EngineSummary = {
		checked: programs.length,
		ran: counts.ran,
		cached: counts.cached,
		failed: failures.length,
		seconds: (effects.now() - started) / 1000,
	};
	if (failures.length) {
		effects.log(formatSummary(summary));
		const plural = failures.length === 1 ? 'example' : 'examples';
		throw new ExampleBuildError(`${failures.length} ${plural} failed:\n\n${failures.map(formatFailure).join('\n\n')}`);
	}
	const shown = examples.filter((e) => e.programs.some((p) => results.has(p)));
	return {
		examples: shown.map((example) => ({
			id: example.id,
			usedBy: usages.get(example.id) ?? [],
			programs: example.programs.map((program) => {
				const result = results.get(program)!;
				const lang = LANGUAGES[program.lang];
				return {
					lang: program.lang,
					file: program.displayPath,
					source: program.source,
					runtime: `${lang.runtimeName} ${runtimes[program.lang]!.version}`,
					output: result.output,
					exitCode: result.exitCode,
					signal: result.signal,
					expectedFailure: resolveRunOptions(example.meta, program.lang).expect !== null,
					browser: browserSupport(program.lang, program.source),
				};
			}),
		})),
		summary,
	};
}
