/**
 * What a fresh run must satisfy before its result is kept and shown, one check per concern. A new check (a
 * committed transcript, a claim about the timeline) is a new entry here, in its own module.
 */
import { findRunProblem } from './expectation.ts';
import type { ProgramPlan } from '../run/plan.ts';
import { recordedTimeline } from '../record/run-timeline.ts';
import type { Timeline } from '../record/timeline.ts';
import { checkClaim, type CheckedClaim, type Claim } from './claims.ts';
import { DEFAULT_MAX_OUTPUT_BYTES, type RunResult } from '../run/spawn.ts';

/** Returns what is wrong with the run, in words that follow `example "<id>" (<file>) `, or null. */
export type RunCheck = (plan: ProgramPlan, result: RunResult) => string | null | Promise<string | null>;

/** The run did what its example promised: exit 0 with output, or exactly the declared failure. */
export const expectationCheck: RunCheck = (plan, result) =>
	findRunProblem(result, plan.options.expect, {
		timeoutMs: plan.options.timeoutMs,
		maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
	});

/** Each claim checked on a run's timeline, and a problem naming each one that does not hold (null when all hold). */
export function checkClaims(
	claims: Claim[],
	timeline: Timeline | null
): { claims: CheckedClaim[]; problem: string | null } {
	if (!timeline) {
		const problem = claims.length ? 'it declares claims, but its run recorded no timeline to check them against' : null;
		return { claims: [], problem };
	}
	const checked = claims.map((claim) => checkClaim(claim, timeline));
	const failed = checked.filter((c) => !c.holds);
	const problem = failed.length
		? failed.map((c) => `claim "${c.says}" does not hold — measured: ${c.measured}`).join('\n')
		: null;
	return { claims: checked, problem };
}

/** Each claim of the example holds on the timeline recorded from this run (claims.ts). */
export const claimsCheck: RunCheck = (plan, result) =>
	plan.options.claims.length
		? checkClaims(plan.options.claims, recordedTimeline(result.trace ?? '', result.spark).timeline).problem
		: null;

export const RUN_CHECKS: readonly RunCheck[] = [expectationCheck, claimsCheck];

/** The first problem any check finds, or null. */
export async function firstProblem(
	plan: ProgramPlan,
	result: RunResult,
	checks: readonly RunCheck[] = RUN_CHECKS
): Promise<string | null> {
	for (const check of checks) {
		const problem = await check(plan, result);
		if (problem) return problem;
	}
	return null;
}
