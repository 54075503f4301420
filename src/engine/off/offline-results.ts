/**
 * `EXAMPLES=off`: the examples' entries with nothing type-checked and nothing run, for writers who edit prose.
 * Each program shows its committed transcript; one without (declared racy, or new and not accepted yet) shows the
 * cached run of this very program (its current cache key) when the cache holds one, timeline included, else a
 * placeholder. Every entry carries `notRun`, so its page says it was not re-run. Does the minimum: discovery, the
 * pages' ids, the transcripts; the cache is keyed only for the programs that have no transcript. Same signature as
 * buildExamples(), so the loader only chooses between the two.
 */
import path from 'node:path';
import { browserSupport } from '../../shared/browser-support.ts';
import { cachedRuns } from './cached-runs.ts';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import { discoverSite, isSelected } from '../discover/site.ts';
import { defaultEffects, type EngineConfig, type EngineEffects } from '../config.ts';
import { ExampleBuildError } from '../errors.ts';
import type { ExampleResult, NotRun, ProgramResult } from '../model/example-result.ts';
import { programResult } from '../build/program-result.ts';
import type { FailedRun } from '../verdict/failure-report.ts';
import { LANGUAGE_INFO } from '../../shared/languages.ts';
import { resolveRunOptions } from '../discover/metadata.ts';
import type { EngineSummary, OffSummary } from '../build/summary.ts';
import { readTranscript, transcriptPath } from '../transcripts/files.ts';
import type { TranscriptInput } from '../transcripts/format.ts';
import { parseTranscript, TranscriptSyntaxError } from '../transcripts/parse.ts';
import { hasTranscript } from '../transcripts/policy.ts';
import type { Usages } from '../discover/usages.ts';
import type { ProgramPlan } from '../run/plan.ts';

export async function offlineResults(
	config: EngineConfig,
	effects: EngineEffects = defaultEffects
): Promise<{ examples: ExampleResult[]; summary: EngineSummary }> {
	const started = effects.now();
	// A misspelt id on a page is still an error: a writer must see it before CI does.
	const { examples: all, usages } = await discoverSite(config);
	const examples = all.filter((e) => isSelected(config, e.id));

	const results = new Map<ExampleProgram, ProgramResult>();
	const withoutTranscript: Array<{ example: ExampleSource; program: ExampleProgram; transcript: string | null }> = [];
	const failures: FailedRun[] = [];
	for (const example of examples) {
		for (const program of example.programs) {
			const transcript = transcriptOf(example, program);
			const text = transcript && (await readTranscript(path.join(config.root, transcript)));
			if (!transcript || text === null) {
				withoutTranscript.push({ example, program, transcript });
				continue;
			}
			try {
				const run = parseTranscript(text);
				results.set(program, offlineResult(example, program, run, { from: 'transcript', transcript }));
			} catch (error) {
				if (!(error instanceof TranscriptSyntaxError)) throw error;
				failures.push(badTranscript(example, transcript, error, usages));
			}
		}
	}
	const cached = await cachedRuns(
		examples,
		withoutTranscript.map((p) => p.program),
		config,
		effects
	);

	const off: OffSummary = { transcripts: results.size, cached: 0, nothing: 0 };
	for (const { example, program, transcript } of withoutTranscript) {
		const hit = cached.get(program);
		if (hit) off.cached++;
		else off.nothing++;
		results.set(
			program,
			hit
				? { ...hit, notRun: { from: 'cache', transcript } }
				: offlineResult(example, program, NOTHING_RUN, { from: 'nothing', transcript })
		);
	}
	const summary: EngineSummary = {
		checked: 0,
		ran: 0,
		cached: off.cached,
		failed: failures.length,
		seconds: (effects.now() - started) / 1000,
		// Nothing ran: the run stage took no time and cost nothing.
		stage: { seconds: 0, longestSeconds: 0, cpuSeconds: 0 },
		off,
	};
	if (failures.length) {
		const heading = `${failures.length} committed transcript(s) cannot be read:`;
		const byExample = new Map(failures.map((f) => [f.id, `${heading}\n\n${formatBadTranscript(f)}`]));
		const report = `${heading}\n\n${failures.map(formatBadTranscript).join('\n\n')}`;
		throw new ExampleBuildError(report, { summary, failures, byExample });
	}
	effects.log(
		`examples are off (EXAMPLES=off): nothing is type-checked or run; ${off.transcripts} programs show their ` +
			`committed transcript, ${off.cached} their last cached run, ${off.nothing} a placeholder (each marked "Not re-run")`
	);
	const entries = examples.map((e) => ({ id: e.id, programs: e.programs.map((p) => results.get(p)!) }));
	return { examples: entries, summary };
}

/** The program's committed transcript, relative to the root; null when it has none by design (racy). */
function transcriptOf(example: ExampleSource, program: ExampleProgram): string | null {
	return hasTranscript(example.meta, program.lang) ? transcriptPath(program.displayPath) : null;
}

/** The placeholder's run: no output (the page shows why instead, example-view.ts). */
const NOTHING_RUN: TranscriptInput = { output: [], exitCode: null, signal: null };

/** An entry from a transcript, or the placeholder: no run, so no times, no timeline and no runtime version. */
export function offlineResult(
	example: ExampleSource,
	program: ExampleProgram,
	run: TranscriptInput,
	notRun: NotRun
): ProgramResult {
	return {
		lang: program.lang,
		file: program.displayPath,
		source: program.source,
		runtime: LANGUAGE_INFO[program.lang].runtimeName,
		...run,
		expectedFailure: resolveRunOptions(example.meta, program.lang).expect !== null,
		// Not checked (nothing ran), but a page's challenge checks a reader's run by them all the same.
		claimed: resolveRunOptions(example.meta, program.lang).claims,
		durationMs: 0,
		browser: browserSupport(program.lang, program.source),
		notRun,
	};
}

/** A failure report as build-examples.ts gives one (the example, the file, the pages), without a run's stderr. */
const formatBadTranscript = (failure: FailedRun) =>
	`example "${failure.id}" (${failure.file}) ${failure.problem}\n  shown on: ${failure.usedBy.join(', ') || 'no page yet'}`;

/** As a failed run, so dev mode shows the error on this example's page only (astro/examples-loader.ts). */
function badTranscript(
	example: ExampleSource,
	transcript: string,
	error: TranscriptSyntaxError,
	usages: Usages
): FailedRun {
	return {
		id: example.id,
		file: `${transcript}:${error.line}`,
		problem:
			`is not a transcript: ${error.message}. Restore it (git checkout -- ${transcript}), or build without ` +
			`EXAMPLES=off and accept the output (npm run examples:accept -- ${example.id})`,
		usedBy: usages.get(example.id) ?? [],
		output: [],
		durationMs: 0,
	};
}

/**
 * An engine program this machine cannot run (no Java, no current .venv: plan.ts): its committed transcript, or the
 * placeholder, with what is missing and how to install it. Never the cache: a cached run would look like this build's.
 */
export async function notRunEngineResult(plan: ProgramPlan, root: string): Promise<ProgramResult> {
	const { example, program } = plan;
	const needs = plan.engine!.missing!;
	const transcript = transcriptOf(example, program);
	const text = transcript && (await readTranscript(path.join(root, transcript)));
	if (transcript && text !== null) {
		try {
			return offlineResult(example, program, parseTranscript(text), { from: 'transcript', transcript, needs });
		} catch (error) {
			if (!(error instanceof TranscriptSyntaxError)) throw error;
		}
	}
	return offlineResult(example, program, NOTHING_RUN, { from: 'nothing', transcript, needs });
}
