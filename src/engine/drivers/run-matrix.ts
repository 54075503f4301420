/**
 * `npm run examples:matrix` and CI's version check: runs each program on the other versions of its runtime this
 * machine has (toolchain/other-runtimes.ts `findOtherRuntimes`: CPython 3.11, 3.12; Node 22, 24), compares each output with the
 * main version's, and either writes the results beside the program (`write`) or checks the committed ones are
 * what the runs print (`check`, CI). A difference the example does not declare (example.json `differs`) is never
 * written: it is reported with a diff naming the program and both versions. Runs are cached like the build's
 * (the key includes the interpreter's version).
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildExamples } from './build-examples.ts';
import { runProgram } from './run-program.ts';
import { schedule, withMachineAdmission } from './schedule.ts';
import { fsCache } from '../cache/fs-cache.ts';
import { defaultEffects, sandboxOf, type EngineConfig, type EngineEffects } from '../config.ts';
import { resolveVersionOptions } from '../discover/metadata.ts';
import { discoverSite, isSelected } from '../discover/site.ts';
import { UserError } from '../errors.ts';
import { compareVersion, qualifies } from '../versions/compare.ts';
import {
	formatMatrixFile,
	readMatrixFile,
	toLines,
	transcriptHash,
	writeMatrixFile,
	type MatrixFile,
} from '../versions/results-file.ts';
import { matrixInput } from '../versions/input.ts';
import { planBuild, type ProgramPlan } from '../plan/plan.ts';
import type { RunResult } from '../run/spawn.ts';
import { compareVersions } from '../toolchain/runtimes.ts';
import { findOtherRuntimes, versionLabel } from '../toolchain/other-runtimes.ts';
import { unifiedDiff } from '../transcripts/diff.ts';
import { isMatrixFile, matrixPath } from '../transcripts/files.ts';
import { formatTranscript } from '../transcripts/format.ts';
import { hasTranscript } from '../transcripts/policy.ts';
import { LANGUAGE_INFO } from '../../shared/languages.ts';

export interface MatrixSummary {
	/** The other versions found, e.g. `Python 3.12.1`. */
	runtimes: string[];
	/** Programs whose output is the same on every version they run on. */
	same: string[];
	/** Programs that print something else on some version, as declared: `file (3.11: why)`. */
	differs: string[];
	/** Programs not run on some version (a minimum version), and main-only ones. */
	notRun: string[];
	written: string[];
	unchanged: number;
	removed: string[];
	/**
	 * Files holding results of versions this machine lacks: kept in the file while the program is the same, or the
	 * whole file left as it is when the program changed (nothing here can make those results again).
	 */
	kept: string[];
	/** Runs on other versions: how many really ran (the rest were cached), and what they cost. */
	ran: number;
	cached: number;
	seconds: number;
	cpuSeconds: number;
	/** Undeclared differences (both modes) and drift from the committed files (`check`), each with a diff. */
	problems: string[];
}

export async function runMatrix(
	config: EngineConfig & { ids: string[]; mode: 'write' | 'check' },
	effects: EngineEffects = defaultEffects
): Promise<MatrixSummary> {
	const started = effects.now();
	const only = config.ids.length ? config.ids : undefined;
	const known = (await discoverSite(config)).examples.map((e) => e.id);
	const unknown = config.ids.filter((id) => !known.includes(id));
	if (unknown.length) throw new UserError(`No example named ${unknown.map((id) => `"${id}"`).join(', ')} in examples/`);
	// The main versions' runs, exactly as the build makes them (and from its cache).
	const { examples: built } = await buildExamples({ ...config, only, transcripts: 'report' }, effects);
	const { examples } = await discoverSite(config);
	const plan = await planBuild(examples, config.root, sandboxOf(config));
	const others = await findOtherRuntimes(config.root, plan.runtimes);
	const runtimes = (['py', 'ts'] as const).flatMap((lang) =>
		others[lang].map((r) => `${LANGUAGE_INFO[lang].runtimeName} ${r.version}`)
	);
	effects.log(`other versions: ${runtimes.join(', ') || 'none found'}`);
	const mainOf = new Map(built.flatMap((e) => e.programs.map((p) => [p.file, p])));

	const summary: MatrixSummary = {
		runtimes,
		same: [],
		differs: [],
		notRun: [],
		written: [],
		unchanged: 0,
		removed: [],
		kept: [],
		ran: 0,
		cached: 0,
		seconds: 0,
		cpuSeconds: 0,
		problems: [],
	};
	const selected = plan.programs.filter((p) => isSelected({ only }, p.example.id) && mainOf.has(p.program.displayPath));
	const inMatrix = selected.filter((p) => {
		const { mainOnly } = resolveVersionOptions(p.example.meta, p.program.lang);
		if (mainOnly) summary.notRun.push(`${p.program.displayPath} (main version only: ${mainOnly})`);
		return !mainOnly && hasTranscript(p.example.meta, p.program.lang);
	});
	const variants: Array<{ of: ProgramPlan; plan: ProgramPlan }> = [];
	for (const p of inMatrix) {
		const { min } = resolveVersionOptions(p.example.meta, p.program.lang);
		for (const runtime of others[p.program.lang]) {
			if (!qualifies(runtime.version, min)) continue;
			const toolchain = { ...p.cacheKeyInput.toolchain, runtime: runtime.version };
			variants.push({ of: p, plan: { ...p, runtime, cacheKeyInput: { ...p.cacheKeyInput, toolchain } } });
		}
	}
	const cache = fsCache<RunResult>(config.cacheDir);
	const results = new Map<ProgramPlan, RunResult>();
	const stageStart = effects.now();
	await withMachineAdmission((admission) =>
		schedule(
			variants,
			(v) => v.plan.options.alone,
			admission,
			async (v) => {
				// No verdict checks: on another version, what it prints (exit code included) is compared as a whole.
				const outcome = await runProgram(v.plan, cache, []);
				results.set(v.plan, outcome.result);
				const label = `${LANGUAGE_INFO[v.plan.program.lang].runtimeName} ${v.plan.runtime.version}`;
				if (outcome.status === 'cached') summary.cached++;
				else {
					summary.ran++;
					summary.cpuSeconds += (outcome.result.cpuMs ?? 0) / 1000;
					effects.log(
						`[ran on ${label}] ${v.plan.program.displayPath} ${(outcome.result.durationMs / 1000).toFixed(2)}s`
					);
				}
			}
		)
	);
	summary.seconds = (effects.now() - stageStart) / 1000;

	for (const p of inMatrix) {
		const { lang, displayPath } = p.program;
		const name = LANGUAGE_INFO[lang].runtimeName;
		const { min, differs } = resolveVersionOptions(p.example.meta, lang);
		const mainText = formatTranscript(mainOf.get(displayPath)!);
		const file: MatrixFile = { main: p.runtime.version, input: await matrixInput(p), runs: [] };
		const said: string[] = [];
		let undeclared = false;
		for (const runtime of others[lang]) {
			const label = versionLabel(lang, runtime.version);
			if (!qualifies(runtime.version, min)) {
				const why = `needs ${name} ${min!.join('.')}+`;
				file.runs.push({ version: runtime.version, notRun: why });
				said.push(`not run on ${label}: ${why}`);
				continue;
			}
			const run = results.get(variants.find((v) => v.of === p && v.plan.runtime === runtime)!.plan)!;
			const otherText = formatTranscript(run);
			const verdict = compareVersion(mainText, otherText, label, differs);
			if (verdict.state === 'same') file.runs.push({ version: runtime.version, same: transcriptHash(mainText) });
			else {
				file.runs.push({ version: runtime.version, output: toLines(otherText) });
				if (verdict.state === 'declared') said.push(`${label}: ${verdict.why}`);
				else {
					undeclared = true;
					summary.problems.push(
						`${displayPath}: ${name} ${runtime.version} prints something else than ${name} ${p.runtime.version}` +
							`${verdict.why ? `, ${verdict.why}` : ', and example.json declares no difference ("differs")'}` +
							` (- ${name} ${p.runtime.version}, + ${name} ${runtime.version}):\n${verdict.diff}`
					);
				}
			}
		}
		const differsOn = file.runs.some((r) => 'output' in r);
		(differsOn ? summary.differs : file.runs.some((r) => 'notRun' in r) ? summary.notRun : summary.same).push(
			said.length ? `${displayPath} (${said.join('; ')})` : displayPath
		);
		if (undeclared) continue;
		const target = path.join(config.root, matrixPath(displayPath));
		const committedFile = await readMatrixFile(target, matrixPath(displayPath)).catch(() => null);
		const lacking = (committedFile?.runs ?? []).filter(
			(run) => !others[lang].some((r) => versionLabel(lang, r.version) === versionLabel(lang, run.version))
		);
		if (lacking.length) {
			const versions = lacking.map((run) => `${name} ${run.version}`).join(', ');
			if (committedFile!.input !== file.input || committedFile!.main !== file.main) {
				const labels = lacking.map((run) => versionLabel(lang, run.version));
				// Writing, the file stays; checking (CI), results nothing can check here are a problem.
				(config.mode === 'write' ? summary.kept : summary.problems).push(
					`${matrixPath(displayPath)} left as it is: the program changed since its results of ${versions}, ` +
						`which this machine lacks to run it again (install it: ${installHint(lang, labels)}; then run this again)`
				);
				continue;
			}
			file.runs.push(...lacking);
			file.runs.sort((a, b) => compareVersions(b.version, a.version));
			summary.kept.push(`${matrixPath(displayPath)} keeps its results of ${versions}, which this machine lacks`);
		}
		const text = formatMatrixFile(file);
		const committed = await readFile(target, 'utf8').catch(() => null);
		if (committed === text) summary.unchanged++;
		else if (config.mode === 'write') {
			await writeMatrixFile(target, file);
			summary.written.push(matrixPath(displayPath));
		} else {
			summary.problems.push(
				committed === null
					? `${matrixPath(displayPath)}: missing; the other versions print:\n${text}`
					: `${matrixPath(displayPath)}: the committed results differ from these runs (- committed, + now):\n${unifiedDiff(committed, text)}`
			);
		}
	}
	// A results file whose program is gone, or no longer runs on other versions, goes (writing only, all ids).
	if (config.mode === 'write' && !only) {
		const keep = new Set(inMatrix.map((p) => path.join(config.root, matrixPath(p.program.displayPath))));
		for (const example of examples) {
			for (const name of await readdir(example.dir)) {
				const file = path.join(example.dir, name);
				if (isMatrixFile(name) && !keep.has(file)) {
					await rm(file);
					summary.removed.push(path.relative(config.root, file));
				}
			}
		}
	}
	summary.seconds = Math.max(summary.seconds, 0);
	effects.log(`matrix: ${((effects.now() - started) / 1000).toFixed(1)}s in all`);
	return summary;
}

/** Where another version of a language comes from (toolchain/other-runtimes.ts `findOtherRuntimes`). */
function installHint(lang: 'py' | 'ts', labels: string[]): string {
	return lang === 'py'
		? labels.map((l) => `pyenv install ${l}, or python${l} on PATH`).join('; ')
		: 'the node-N packages pinned in package.json "versionMatrix" (npm run examples:matrix installs them when missing)';
}

export function formatMatrixSummary(summary: MatrixSummary): string {
	return [
		...summary.written.map((f) => `wrote ${f}`),
		...summary.removed.map((f) => `removed ${f}`),
		...summary.kept,
		...summary.differs.map((f) => `differs (declared): ${f}`),
		...summary.notRun.map((f) => `not run everywhere: ${f}`),
		`other versions: ${summary.runtimes.join(', ') || 'none'}; programs: ${summary.same.length} same on every version, ` +
			`${summary.differs.length} differ as declared, ${summary.notRun.length} not run on some; ` +
			`runs: ${summary.ran} ran (${summary.seconds.toFixed(1)}s, CPU ${summary.cpuSeconds.toFixed(1)}s), ${summary.cached} cached; ` +
			`files: ${summary.written.length} written, ${summary.removed.length} removed, ${summary.unchanged} unchanged`,
		...(summary.problems.length
			? ['', `${summary.problems.length} problem(s):`, '', summary.problems.join('\n\n')]
			: []),
	].join('\n');
}

/** The error CI's check throws when the committed results are not what the other versions print. */
export function matrixError(summary: MatrixSummary): UserError | null {
	if (!summary.problems.length) return null;
	return new UserError(
		`${summary.problems.length} version problem(s):\n\n${summary.problems.join('\n\n')}\n\n` +
			'Declare a real difference in example.json ("differs"), then run `npm run examples:matrix` and commit the .versions.json files.'
	);
}
