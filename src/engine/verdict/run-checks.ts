/**
 * What a fresh run must satisfy before its result is kept and shown, one check per concern. A new check (a
 * committed transcript, a claim about the timeline) is a new entry here, in its own module.
 */
import { findRunProblem } from './expectation.ts';
import { networkProblem } from './network.ts';
import type { ProgramPlan } from '../plan/plan.ts';
import { recordedTimeline, type RecordedTimeline } from '../record/run-timeline.ts';
import type { Timeline } from '../../shared/timeline.ts';
import { checkClaim, type CheckedClaim } from './claims.ts';
import type { Claim } from '../discover/claims-schema.ts';
import { DEFAULT_MAX_OUTPUT_BYTES, type RunResult } from '../run/spawn.ts';

/**
 * Returns what is wrong with the run, in words that follow `example "<id>" (<file>) `, or null. `checked` reads the
 * run's timeline and checks its claims, once however many checks ask (`checkedRun`).
 */
export type RunCheck = (
	plan: ProgramPlan,
	result: RunResult,
	checked: () => CheckedRun
) => string | null | Promise<string | null>;

/** The run did what its example promised: exit 0 with output, or exactly the declared failure. */
export const expectationCheck: RunCheck = (plan, result) =>
	findRunProblem(result, plan.options.expect, {
		timeoutMs: plan.options.timeoutMs,
		maxOutputBytes: DEFAULT_MAX_OUTPUT_BYTES,
	});

/** The run tried to reach the network (the recorders' `net` events, network.ts). */
export const networkCheck: RunCheck = (_plan, result) => networkProblem(result.trace ?? '');

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

/** A run's timeline and trace (record/run-timeline.ts), with the example's claims checked on that timeline. */
export interface CheckedRun extends RecordedTimeline {
	claims: CheckedClaim[];
	/** The claims that do not hold, in words (`checkClaims`), or null. */
	problem: string | null;
}

/** Parses the run's trace and Spark event log, and checks the example's claims on the timeline they make. */
export function checkedRun(plan: ProgramPlan, result: RunResult): CheckedRun {
	const recorded = recordedTimeline(result.trace ?? '', result.spark);
	return { ...recorded, ...checkClaims(plan.options.claims, recorded.timeline) };
}

/** Each claim of the example holds on the timeline recorded from this run (claims.ts). */
export const claimsCheck: RunCheck = (plan, _result, checked) =>
	plan.options.claims.length ? checked().problem : null;

// The network first: a program that failed offline fails because it tried.
export const RUN_CHECKS: readonly RunCheck[] = [networkCheck, expectationCheck, claimsCheck];

/**
 * The first problem any check finds, or null; and the run as the checks read it, if one did (the claims check, when
 * the example has claims), which results/ puts on the page instead of parsing the trace again.
 */
export async function firstProblem(
	plan: ProgramPlan,
	result: RunResult,
	checks: readonly RunCheck[] = RUN_CHECKS
): Promise<{ problem: string | null; checked: CheckedRun | null }> {
	let checked: CheckedRun | null = null;
	const read = () => (checked ??= checkedRun(plan, result));
	for (const check of checks) {
		const problem = await check(plan, result, read);
		if (problem) return { problem, checked };
	}
	return { problem: null, checked };
}
