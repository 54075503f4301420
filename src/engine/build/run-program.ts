/**
 * One planned program, from the cache when nothing it depends on has changed, else run and checked; only a result
 * that passes every check is cached (a failure never is).
 */
import type { ResultCache } from '../cache/fs-cache.ts';
import { cacheKey } from '../cache/cache-key.ts';
import type { ProgramPlan } from '../run/plan.ts';
import { runRecorded } from './repeat-runs.ts';
import { firstProblem, RUN_CHECKS, type RunCheck } from '../verdict/run-checks.ts';
import type { RunResult } from '../run/spawn.ts';

export type ProgramOutcome =
	{ status: 'cached' | 'ran'; result: RunResult } | { status: 'failed'; result: RunResult; problem: string };

export async function runProgram(
	plan: ProgramPlan,
	cache: ResultCache<RunResult>,
	checks: readonly RunCheck[] = RUN_CHECKS
): Promise<ProgramOutcome> {
	const key = await cacheKey(plan.cacheKeyInput);
	const hit = await cache.read(key);
	if (hit) return { status: 'cached', result: hit };
	const { result, problem } = await runRecorded(plan, (run) => firstProblem(plan, run, checks));
	if (problem) return { status: 'failed', result, problem };
	await cache.write(key, result);
	return { status: 'ran', result };
}
