/**
 * Runs one planned program the way its metadata asks: once, or `nondeterministic.runs` times for a declared race.
 * The first run is the one the page shows (output and timeline); the others count towards its distinct outputs.
 */
import { distinctOutputs } from '../record/distinct-outputs.ts';
import type { ProgramPlan } from '../plan/plan.ts';
import { runExample } from '../run/run-sandboxed.ts';
import type { RunResult } from '../run/spawn.ts';

/**
 * @param problemOf says what is wrong with one run (run-checks.ts), or null: a racy example must pass its checks
 * on every run. The first run with a problem is returned as it is.
 */
export async function runRecorded(
	plan: ProgramPlan,
	problemOf: (result: RunResult) => Promise<string | null>
): Promise<{ result: RunResult; problem: string | null }> {
	const first = await runExample(plan);
	const problem = await problemOf(first);
	if (!plan.options.nondeterministic || problem) return { result: first, problem };
	const runs: RunResult[] = [first];
	while (runs.length < plan.options.nondeterministic.runs) {
		const next = await runExample(plan);
		const nextProblem = await problemOf(next);
		if (nextProblem) return { result: next, problem: `in run ${runs.length + 1}: ${nextProblem}` };
		runs.push(next);
	}
	const cpuMs = runs.every((r) => r.cpuMs !== undefined) ? runs.reduce((sum, r) => sum + r.cpuMs!, 0) : undefined;
	return {
		result: { ...first, variants: distinctOutputs(runs), ...(cpuMs !== undefined && { cpuMs }) },
		problem: null,
	};
}
