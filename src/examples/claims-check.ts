/** The run check for claims: each claim of the example holds on the timeline recorded from this run (claims.ts). */
import type { RunCheck } from './run-checks.ts';
import { runTimeline } from './run-timeline.ts';

export const claimsCheck: RunCheck = (plan, result) =>
	plan.options.claims.length ? runTimeline(result.trace ?? '', plan.options.claims).problem : null;
