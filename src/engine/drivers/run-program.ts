/**
 * One planned program, from the cache when nothing it depends on has changed, else run and checked; only a result
 * that passes every check is cached (a failure never is).
 */
import type { ResultCache } from '../cache/fs-cache.ts';
import { cacheKey } from '../cache/cache-key.ts';
import type { ProgramPlan } from '../plan/plan.ts';
import { runRecorded } from './repeat-runs.ts';
import { firstProblem, RUN_CHECKS, type CheckedRun, type RunCheck } from '../verdict/run-checks.ts';
import type { RunResult } from '../run/spawn.ts';

export type ProgramOutcome =
	/**
	 * `checked`: the run as the verdict read it (its timeline, trace and claims), if it did, for results/; a cache
	 * hit was not checked, so not read.
	 */
	| { status: 'cached' | 'ran'; result: RunResult; checked: CheckedRun | null }
	| { status: 'failed'; result: RunResult; problem: string };

export async function runProgram(
	plan: ProgramPlan,
	cache: ResultCache<RunResult>,
	checks: readonly RunCheck[] = RUN_CHECKS
): Promise<ProgramOutcome> {
	const key = await cacheKey(plan.cacheKeyInput);
	const hit = await cache.read(key);
	if (hit) return { status: 'cached', result: hit, checked: null };
	let checked: CheckedRun | null | undefined;
	const { result, problem } = await runRecorded(plan, async (run) => {
		const verdict = await firstProblem(plan, run, checks);
		// The result kept is the first run's (with the outputs of the others): so is its reading.
		if (checked === undefined) checked = verdict.checked;
		return verdict.problem;
	});
	if (problem) return { status: 'failed', result, problem };
	await cache.write(key, result);
	return { status: 'ran', result, checked: checked ?? null };
}
