/**
 * `EXAMPLES=off`: the examples' entries with nothing type-checked and nothing run, for writers who edit prose.
 * Each program shows the cached run of this very program (its current cache key) when the cache holds one, timeline
 * and loop included, so a machine that has built once sees its pages as a build would draw them; else its committed
 * transcript; else a placeholder. Every entry carries `notRun`, so its page says it was not re-run. Checks nothing
 * and runs nothing: discovery, the pages' ids, the transcripts (a bad one is still an error), the cache read. Same
 * signature as buildExamples(), so the loader only chooses between the two.
 */
import { cachedRuns } from './cached-runs.ts';
import type { ExampleProgram } from '../discover/discover.ts';
import { discoverSite, isSelected } from '../discover/site.ts';
import { defaultEffects, type EngineConfig, type EngineEffects } from '../config.ts';
import type { ExampleResult, ProgramResult } from '../model/example-result.ts';
import type { EngineSummary, OffSummary } from '../summary.ts';
import { badTranscripts, committedRuns } from '../results/committed-runs.ts';
import { NOTHING_RUN, offlineResult } from '../results/offline-result.ts';

export async function offlineResults(
	config: EngineConfig,
	effects: EngineEffects = defaultEffects
): Promise<{ examples: ExampleResult[]; summary: EngineSummary }> {
	const started = effects.now();
	// A misspelt id on a page is still an error: a writer must see it before CI does.
	const { examples: all, usages } = await discoverSite(config);
	const examples = all.filter((e) => isSelected(config, e.id));

	const results = new Map<ExampleProgram, ProgramResult>();
	const programs = examples.flatMap((example) => example.programs.map((program) => ({ example, program })));
	// Independent: the transcripts are read while the runtimes are asked for the versions that key the cache.
	const [committed, cached] = await Promise.all([
		committedRuns(programs, config.root, usages, 'build without EXAMPLES=off'),
		cachedRuns(examples, config, effects),
	]);
	const off: OffSummary = { transcripts: 0, cached: 0, nothing: 0 };
	for (const { example, program } of programs) {
		if (!committed.runs.has(program)) continue; // it cannot be read: reported below
		const { transcript, run } = committed.runs.get(program)!;
		const hit = cached.get(program);
		if (hit) {
			off.cached++;
			results.set(program, { ...hit, notRun: { from: 'cache', transcript } });
		} else if (run) {
			off.transcripts++;
			results.set(program, offlineResult(example, program, run, { from: 'transcript', transcript }));
		} else {
			off.nothing++;
			results.set(program, offlineResult(example, program, NOTHING_RUN, { from: 'nothing', transcript }));
		}
	}
	const summary: EngineSummary = {
		checked: 0,
		ran: 0,
		cached: off.cached,
		failed: committed.failures.length,
		seconds: (effects.now() - started) / 1000,
		// Nothing ran: the run stage took no time and cost nothing.
		stage: { seconds: 0, longestSeconds: 0, cpuSeconds: 0 },
		off,
	};
	if (committed.failures.length) throw badTranscripts(committed.failures, summary);
	effects.log(
		`examples are off (EXAMPLES=off): nothing is type-checked or run; ${off.transcripts} programs show their ` +
			`committed transcript, ${off.cached} their last cached run, ${off.nothing} a placeholder (each marked "Not re-run")`
	);
	const entries = examples.map((e) => ({ id: e.id, programs: e.programs.map((p) => results.get(p)!) }));
	return { examples: entries, summary };
}
