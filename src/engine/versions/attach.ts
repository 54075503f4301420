/**
 * Every build: each program's line about the other versions of its runtime, from the results committed beside it
 * (results-file.ts), checked against this run. Runs nothing: the other versions run in `npm run examples:matrix` and
 * in CI's version check (drivers/run-matrix.ts, tests/engine/versions/matrix-current.test.ts), which fails on results
 * missing or stale. A build says so on the page and in one log line; it does not fail on them, so that a build of
 * another site (the test fixtures) needs no version results.
 */
import path from 'node:path';
import { LANGUAGE_INFO } from '../../shared/languages.ts';
import { resolveVersionOptions, type ExampleMeta } from '../discover/metadata.ts';
import type { ProgramResult, Versions } from '../model/example-result.ts';
import type { ProgramPlan } from '../plan/plan.ts';
import { compareVersions } from '../toolchain/runtimes.ts';
import { versionLabel } from '../toolchain/other-runtimes.ts';
import { formatTranscript } from '../transcripts/format.ts';
import { parseTranscript } from '../transcripts/parse.ts';
import { hasTranscript } from '../transcripts/policy.ts';
import { matrixPath } from '../transcripts/files.ts';
import { compareVersion } from './compare.ts';
import { fromLines, readMatrixFile, transcriptHash, type MatrixFile } from './results-file.ts';
import { UserError } from '../errors.ts';
import { matrixInput } from './input.ts';

export const MATRIX_COMMAND = 'npm run examples:matrix';

export interface VersionsOutcome {
	report: string | null;
	/** Always null: a build does not fail on version results (see above). */
	error: null;
}

export async function attachVersions(
	programs: Array<{ plan: ProgramPlan; result: ProgramResult }>,
	options: { root: string; metaOf: (id: string) => ExampleMeta; mode?: unknown }
): Promise<VersionsOutcome> {
	const problems: Array<{ id: string; text: string }> = [];
	const unreadable: string[] = [];
	for (const { plan, result } of programs) {
		const { lang } = plan.program;
		const main = versionLabel(lang, plan.runtime.version);
		const versions: Versions = {
			runtimeName: LANGUAGE_INFO[lang].runtimeName,
			main,
			same: [main],
			differs: [],
			notRun: [],
			only: null,
			unchecked: null,
		};
		result.versions = versions;
		const meta = options.metaOf(plan.example.id);
		const { mainOnly, differs } = resolveVersionOptions(meta, lang);
		if (mainOnly) {
			versions.only = mainOnly;
			continue;
		}
		if (!hasTranscript(meta, lang)) {
			versions.unchecked = 'its output varies from run to run (a declared race), so other versions are not compared';
			continue;
		}
		const file = matrixPath(plan.program.displayPath);
		const mainText = formatTranscript(result);
		const stale = (why: string) => {
			versions.unchecked = `not checked on other versions for this version of the program (${why})`;
			problems.push({ id: plan.example.id, text: `${file}: ${why}` });
		};
		let committed: MatrixFile | null;
		try {
			committed = await readMatrixFile(path.join(options.root, file), file);
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			// A bad file (a merge conflict) is this program's problem, said where it shows; the build goes on.
			stale(error.message.split('\n')[0]!.replace(`${file}: `, `${file} is `));
			unreadable.push(error.message.replace(/\.?\n/, '. ').replace(`${file}: `, `${file} is `));
			continue;
		}
		if (!committed) {
			stale(`${file} does not exist yet`);
			continue;
		}
		if (committed.main !== plan.runtime.version) {
			stale(
				`made with ${versions.runtimeName} ${committed.main} as the main version, this build runs ${plan.runtime.version}`
			);
			continue;
		}
		if (committed.input !== (await matrixInput(plan))) {
			stale('the program or its example.json changed since');
			continue;
		}
		const runs = [...committed.runs].sort((a, b) => compareVersions(a.version, b.version));
		let problem: string | null = null;
		for (const run of runs) {
			const label = versionLabel(lang, run.version);
			if ('notRun' in run) versions.notRun.push({ label, why: run.notRun });
			else if ('same' in run) {
				if (run.same === transcriptHash(mainText)) versions.same.push(label);
				else problem ??= `this run's output is not what ${versions.runtimeName} ${run.version} printed the same as`;
			} else {
				const other = fromLines(run.output);
				const verdict = compareVersion(mainText, other, label, differs);
				if (verdict.state === 'same') versions.same.push(label);
				else if (verdict.state === 'declared') {
					const { output, exitCode, signal } = parseTranscript(other);
					versions.differs.push({ label, version: run.version, why: verdict.why, output, exitCode, signal });
				} else
					problem ??= `${versions.runtimeName} ${run.version} printed something else, and example.json does not declare it`;
			}
		}
		if (problem) {
			versions.same = [main];
			versions.differs = [];
			versions.notRun = [];
			stale(problem);
		}
		versions.same.sort(compareVersions);
	}
	if (!problems.length) return { report: null, error: null };
	const ids = [...new Set(problems.map((p) => p.id))];
	return {
		report: [
			`${problems.length} program(s) not checked on other versions (results missing or stale, CI's version check ` +
				`fails on them): \`${MATRIX_COMMAND} -- ${ids.join(' ')}\``,
			...unreadable,
		].join('\n'),
		error: null,
	};
}
