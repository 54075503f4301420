/**
 * The determinism check: runs every example several times, first on a quiet machine and then with every CPU kept
 * busy, and reports each program whose output ever differs from its first run, with the first differing line.
 * Timing-sensitive examples (`"alone": true`, e.g. a measured speedup) promise their output only on a quiet
 * machine, so they take part in the quiet runs only. A program declared `nondeterministic` (a race shown as a
 * distribution) still runs, and must still not crash, but its output may vary. An engine program runs on what the
 * build runs it on (.venv, Java), or not at all. Nothing is cached; nothing is written.
 *
 * With `referenceCache`, a program's run 1 is the build's own run of the same inputs (a quiet run, kept in the examples
 * cache under the same key), so a check right after a build does not run every program quietly again; a program the
 * cache lacks makes its run 1 itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { discoverExamples, type ExampleProgram } from '../discover/discover.ts';
import { isSelected } from '../discover/site.ts';
import { formatTranscript } from '../transcripts/format.ts';
import { planBuild, type ProgramPlan } from '../plan/plan.ts';
import { runExample } from '../run/run-sandboxed.ts';
import { expectedShares, scheduleAsBuild } from '../drivers/schedule.ts';
import { notRunLines, refuseSkippedInCi } from '../drivers/build-examples.ts';
import type { RunResult } from '../run/spawn.ts';
import { sandboxOf, type EngineConfig } from '../config.ts';
import { cacheKey } from '../cache/cache-key.ts';
import { fsCache } from '../cache/fs-cache.ts';

export interface VerifyConfig {
	root: string;
	examplesDir: string;
	/** Runs on a quiet machine, the first being the reference (unless `referenceCache` gives it). @default 2 */
	quietRuns?: number;
	/** An examples cache (`EngineConfig.cacheDir`) whose runs are the references: see above. */
	referenceCache?: string;
	/** Runs while every CPU is kept busy. @default 2 */
	busyRuns?: number;
	/** Only these example ids. */
	only?: string[];
	/** As `engineConfig` resolved it (config.ts). */
	sandbox: EngineConfig['sandbox'];
	ci?: EngineConfig['ci'];
}

export interface Difference {
	id: string;
	file: string;
	run: number;
	busy: boolean;
	message: string;
}

/**
 * What a reader would see of a run, line by line: its transcript, the same text the build compares with the
 * committed one (transcripts/format.ts). A declared race varies by design: only how it ended is compared.
 */
export function renderRun(result: RunResult, { race = false } = {}): string[] {
	return formatTranscript(race ? { ...result, output: [] } : result).split('\n');
}

/** The first line where two renderings differ, in words; null when they are the same. */
export function firstDifference(expected: string[], actual: string[]): string | null {
	const length = Math.max(expected.length, actual.length);
	for (let i = 0; i < length; i++) {
		if (expected[i] !== actual[i]) {
			const show = (line: string | undefined) => (line === undefined ? '(no line)' : JSON.stringify(line));
			return `line ${i + 1}: expected ${show(expected[i])}, got ${show(actual[i])}`;
		}
	}
	return null;
}

export async function verifyDeterminism(
	config: VerifyConfig,
	log: (line: string) => void = console.log
): Promise<Difference[]> {
	const examples = (await discoverExamples(config.examplesDir, config.root)).filter((e) => isSelected(config, e.id));
	const plan = await planBuild(examples, config.root, sandboxOf(config));
	// An engine program this machine cannot run would fail the same way on every run, and pass for deterministic:
	// it is left out, and said so (CI refuses, as a build does).
	const unrunnable = plan.programs.filter((p) => p.missing);
	refuseSkippedInCi(unrunnable, config.ci);
	for (const line of notRunLines(unrunnable)) log(line);
	const programs = plan.programs.filter((p) => !p.missing);
	const reference = new Map<ExampleProgram, string[]>();
	/** A program's share of a core in its reference run, CPU time over wall time; a whole core where not measured. */
	const share = new Map<ExampleProgram, number>();
	/** `runs`: a build's run of a declared race holds the CPU time of all its runs, and the first one's wall time. */
	const keepReference = (program: ExampleProgram, result: RunResult, race: boolean, runs = 1) => {
		reference.set(program, renderRun(result, { race }));
		share.set(program, result.cpuMs === undefined ? 1 : result.cpuMs / runs / Math.max(1, result.durationMs));
	};
	const differences: Difference[] = [];
	const quietRuns = config.quietRuns ?? 2;
	const busyRuns = config.busyRuns ?? 2;

	const runAll = async (run: number, busy: boolean, among = programs) => {
		const included = busy ? among.filter((p) => !p.options.alone) : among;
		const one = async (plan: ProgramPlan) => {
			const { example, program } = plan;
			const race = plan.options.nondeterministic !== null;
			const result = await runExample(plan);
			const expected = reference.get(program);
			if (!expected) return keepReference(program, result, race);
			const rendered = renderRun(result, { race });
			const message = firstDifference(expected, rendered);
			if (message) differences.push({ id: example.id, file: program.displayPath, run, busy, message });
		};
		// As a build runs them, costliest first. With the CPUs deliberately busy, a load-based admission would run one
		// program at a time: programs start while what they used of a core in their reference run adds up to the
		// cores, so those that sleep do not wait.
		const byShares = busy
			? expectedShares((p: ProgramPlan) => share.get(p.program) ?? 1, os.availableParallelism())
			: undefined;
		await scheduleAsBuild(included, one, byShares);
		log(
			`run ${run}${busy ? ' (CPUs busy)' : ''}: ${included.length} programs, ${differences.length} differences so far`
		);
	};

	let run = 1;
	if (config.referenceCache) {
		const cache = fsCache<RunResult>(config.referenceCache);
		for (const plan of programs) {
			const hit = await cache.read(await cacheKey(plan.cacheKeyInput));
			const race = plan.options.nondeterministic;
			if (hit) keepReference(plan.program, hit, race !== null, race?.runs);
		}
		const unreferenced = programs.filter((p) => !reference.has(p.program));
		log(`run 1: ${programs.length - unreferenced.length} programs from the build's cache`);
		if (unreferenced.length) await runAll(run, false, unreferenced);
		run++;
	}
	for (let i = 0; i < quietRuns; i++) await runAll(run++, false);
	const burners = burnCpus();
	try {
		for (let i = 0; i < busyRuns; i++) await runAll(run++, true);
	} finally {
		for (const burner of burners) burner.kill('SIGKILL');
	}
	return differences;
}

/** One busy loop per CPU, so examples run on a loaded machine. */
function burnCpus(): ChildProcess[] {
	return Array.from({ length: os.availableParallelism() }, () =>
		spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' })
	);
}

export function formatDifference(d: Difference): string {
	return `example "${d.id}" (${d.file}) is not deterministic: run ${d.run}${d.busy ? ' (CPUs busy)' : ''} differs from run 1 at ${d.message}`;
}
