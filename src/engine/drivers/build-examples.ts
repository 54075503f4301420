/**
 * The example engine: finds every example, checks all of them in one pass, then runs each program sandboxed (in
 * parallel, the timing-sensitive ones alone), reusing cached results, and asserts each run did what it promised.
 * Plain Node: the Astro loader (astro/examples-loader.ts) and the tests call it the same way. This file only orchestrates: what
 * happens to one program is in run-program.ts, what is decided about it beforehand in plan.ts.
 */
import { fsCache } from '../cache/fs-cache.ts';
import { checkExamples } from '../check/check.ts';
import { formatDiagnostic } from '../check/diagnostic.ts';
import type { ExampleProgram } from '../discover/discover.ts';
import { discoverSite, isSelected } from '../discover/site.ts';
import { defaultEffects, sandboxOf, type EngineConfig, type EngineEffects } from '../config.ts';
import { ExampleBuildError, UserError } from '../errors.ts';
import { notRunResults } from '../results/committed-runs.ts';
import type { ExampleResult, ProgramResult } from '../model/example-result.ts';
import { programResult } from '../results/program-result.ts';
import { formatFailure } from '../verdict/failure-report.ts';
import { planBuild, type ProgramPlan } from '../plan/plan.ts';
import { isMissing } from '../toolchain/runtimes.ts';
import { runProgram } from './run-program.ts';
import type { RunResult } from '../run/spawn.ts';
import { describeSandbox } from '../run/sandbox.ts';
import { scheduleAsBuild } from './schedule.ts';
import { shardOf } from './shard.ts';
import type { EngineSummary, FailedRun } from '../summary.ts';
import { compareTranscripts } from '../transcripts/compare.ts';
import { attachVersions } from '../versions/attach.ts';

export async function buildExamples(
	config: EngineConfig,
	effects: EngineEffects = defaultEffects
): Promise<{ examples: ExampleResult[]; summary: EngineSummary }> {
	const started = effects.now();
	const { examples, usages } = await discoverSite(config);

	const plan = await planBuild(examples, config.root, sandboxOf(config));
	const { runtimes } = plan;
	effects.log(`runtimes: Node ${runtimes.ts.version}, Python ${runtimes.py.version} (${runtimes.py.path})`);
	effects.log(describeSandbox(plan.sandbox));
	// Programs this machine cannot run (no Java or .venv for an engine program, no Python as new as one declares):
	// their committed transcripts, with a notice naming what is missing (not-run-notice.ts); CI refuses (a program
	// unchecked and unrun in CI would pass unseen).
	const unrunnable = plan.programs.filter((p) => p.missing);
	refuseSkippedInCi(unrunnable, config.ci);
	const runnable = plan.programs.filter((p) => !p.missing);
	for (const p of runnable.filter((p) => !p.engine && p.runtime !== runtimes[p.program.lang]))
		effects.log(
			`[python ${p.runtime.version}] ${p.program.displayPath}: needs Python ${p.example.meta.python?.slice(2)}+, the build's main Python is ${runtimes.py.version}`
		);
	const enginePrograms = runnable.filter((p) => p.engine);
	if (enginePrograms.length)
		effects.log(
			`engines: .venv Python ${enginePrograms[0]!.runtime.version}${plan.engineEnv && !isMissing(plan.engineEnv.java) ? `, Java ${plan.engineEnv.java.version}` : ''}`
		);
	for (const line of notRunLines(unrunnable.filter((p) => isSelected(config, p.example.id))))
		effects.log(`${line} (their pages show their committed transcripts, with this notice)`);
	const diagnostics = await checkExamples({
		...config,
		programs: runnable.map((p) => p.program),
		python: runtimes.py,
		engine: enginePrograms.length
			? {
					files: enginePrograms.map((p) => p.program.file),
					python: enginePrograms[0]!.runtime,
					lock: plan.engineEnv!.lock,
				}
			: undefined,
		engineVersion: plan.engineVersion,
		log: effects.log,
	});
	if (diagnostics.length) {
		const heading = `${diagnostics.length} error(s) in examples, nothing was run:`;
		const idOf = new Map(plan.programs.map((p) => [p.program.displayPath, p.example.id]));
		const byExample = new Map<string, string>();
		for (const d of diagnostics) {
			const id = idOf.get(d.file);
			if (id) byExample.set(id, `${byExample.get(id) ?? heading}\n${formatDiagnostic(d)}`);
		}
		throw new ExampleBuildError(`${heading}\n${diagnostics.map(formatDiagnostic).join('\n')}`, { byExample });
	}

	const cache = fsCache<RunResult>(config.cacheDir);
	const counts = { ran: 0, cached: 0 };
	const failures: FailedRun[] = [];
	const results = new Map<ExampleProgram, ProgramResult>();
	// A shard (--shard i/N) runs its part of the whole plan, so that every machine draws the same parts (shard.ts).
	const shard = config.shard ? new Set(shardOf(plan.programs, config.shard)) : null;
	const selected = runnable.filter((p) => isSelected(config, p.example.id) && (!shard || shard.has(p)));
	if (config.shard) {
		const { index, count } = config.shard;
		effects.log(`shard ${index}/${count}: ${selected.length} of ${runnable.length} programs run here`);
	}
	const notRun = await notRunResults(
		unrunnable.filter((p) => isSelected(config, p.example.id)),
		config.root,
		usages
	);
	for (const [program, result] of notRun) results.set(program, result);

	const stage = { seconds: 0, longestSeconds: 0, cpuSeconds: 0 as number | null };
	const runOne = async (planned: ProgramPlan) => {
		const { example, program } = planned;
		const startedAt = effects.now();
		const outcome = await runProgram(planned, cache);
		if (outcome.status !== 'cached') {
			stage.longestSeconds = Math.max(stage.longestSeconds, (effects.now() - startedAt) / 1000);
			const { cpuMs } = outcome.result;
			stage.cpuSeconds = cpuMs === undefined || stage.cpuSeconds === null ? null : stage.cpuSeconds + cpuMs / 1000;
		}
		const seconds = (outcome.result.durationMs / 1000).toFixed(2);
		if (outcome.status === 'cached') {
			counts.cached++;
			effects.log(`[cached] ${program.displayPath}`);
		} else {
			counts.ran++;
			const { cpuMs } = outcome.result;
			const cpu = cpuMs === undefined ? '' : ` (CPU ${(cpuMs / 1000).toFixed(2)}s)`;
			effects.log(`[${outcome.status}] ${program.displayPath} ${seconds}s${cpu}`);
		}
		if (outcome.status === 'failed') {
			const { problem, result } = outcome;
			const usedBy = usages.get(example.id) ?? [];
			const { output, durationMs } = result;
			failures.push({ id: example.id, file: program.displayPath, problem, usedBy, output, durationMs });
		} else {
			results.set(program, programResult(planned, outcome.result, outcome.checked));
		}
	};
	const stageStart = effects.now();
	await scheduleAsBuild(selected, runOne);
	stage.seconds = (effects.now() - stageStart) / 1000;

	const summary: EngineSummary = {
		// Engine programs this machine cannot run were neither checked nor run.
		checked: runnable.length,
		ran: counts.ran,
		cached: counts.cached,
		failed: failures.length,
		seconds: (effects.now() - started) / 1000,
		stage,
	};
	if (failures.length) {
		const plural = failures.length === 1 ? 'example' : 'examples';
		const heading = `${failures.length} ${plural} failed:`;
		const byExample = new Map(failures.map((f) => [f.id, `${heading}\n\n${formatFailure(f)}`]));
		const report = `${heading}\n\n${failures.map(formatFailure).join('\n\n')}`;
		throw new ExampleBuildError(report, { summary, failures, byExample });
	}
	const shown = examples.filter((e) => e.programs.some((p) => results.has(p)));
	const built = {
		examples: shown.map((e) => ({ id: e.id, programs: e.programs.flatMap((p) => results.get(p) ?? []) })),
		summary,
	};
	const metaOf = (id: string) => examples.find((e) => e.id === id)!.meta;
	const mode = config.transcripts ?? 'report';
	const transcripts = await compareTranscripts(built.examples, { root: config.root, mode, metaOf });
	if (transcripts.error) throw new ExampleBuildError(transcripts.error, { summary });
	if (transcripts.report) effects.log(transcripts.report);
	// The other versions' committed results, checked against this run (engine/versions/): nothing runs here.
	const ran = plan.programs.flatMap((p) =>
		results.has(p.program) ? [{ plan: p, result: results.get(p.program)! }] : []
	);
	const versions = await attachVersions(ran, { root: config.root, mode, metaOf });
	if (versions.error) throw new ExampleBuildError(versions.error, { summary });
	if (versions.report) effects.log(versions.report);
	return built;
}

/**
 * The notice for programs this machine cannot run: one line per thing missing, with the command that installs it
 * and the programs it keeps from running.
 */
export function notRunLines(unrunnable: ProgramPlan[]): string[] {
	const byMissing = new Map<string, { install: string; files: string[] }>();
	for (const p of unrunnable) {
		const { missing, install } = p.missing!;
		if (!byMissing.has(missing)) byMissing.set(missing, { install, files: [] });
		byMissing.get(missing)!.files.push(p.program.displayPath);
	}
	return [...byMissing].map(
		([missing, { install, files }]) =>
			`[not run] ${files.length} program(s) need ${missing}; install it with: ${install}: ${files.join(', ')}`
	);
}

/**
 * CI never skips a program: one unchecked and unrun there would pass unseen. Elsewhere a build without Java, .venv
 * or a Python as new as a program declares shows their committed transcripts, saying what is missing
 * (not-run-notice.ts).
 */
export function refuseSkippedInCi(unrunnable: ProgramPlan[], ci = false): void {
	if (!unrunnable.length || !ci) return;
	const { missing, install } = unrunnable[0]!.missing!;
	const ids = [...new Set(unrunnable.map((p) => p.example.id))].join(', ');
	throw new UserError(
		`CI=true: the examples ${ids} need ${missing}, which this machine lacks, and CI never skips them. Install it (${install}) and build again.`
	);
}
