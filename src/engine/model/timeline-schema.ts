/**
 * The schema of what a page shows of a run in time (run-timeline.ts), part of the `examples` collection's schema
 * (example-result.ts): the timeline's rows, the checked claims, the trace, a race's distinct outputs.
 */
import { z } from 'astro/zod';
import type { CheckedClaim } from '../verdict/claims.ts';
import type { OutputVariant } from '../record/distinct-outputs.ts';
import type { Timeline } from '../../shared/timeline.ts';
import type { LoopView } from '../../shared/loop.ts';
import { LOOP_CAUSES } from '../../shared/loop-causes.ts';

const IntervalSchema = z.object({ start: z.number(), end: z.number() });

/** The event loop's own view of the run (shared/loop.ts, made by record/loop.ts). */
const LoopViewSchema = z.union([
	z.object({
		loops: z.array(
			z.object({
				where: z.string(),
				iterations: z.array(
					IntervalSchema.extend({
						n: z.number().int().positive(),
						waited: z.number(),
						wokeBy: z.enum(['ready', 'timer', 'io', 'thread', 'none']),
						ready: z.array(z.string()),
						timers: z.array(z.object({ label: z.string(), due: z.number() })),
						ran: z.array(
							IntervalSchema.extend({
								label: z.string(),
								task: z.string().optional(),
								cause: z.enum(LOOP_CAUSES),
								out: z.tuple([z.number().int(), z.number().int()]).optional(),
								line: z.number().int().optional(),
							})
						),
					})
				),
				dropped: z.number().int().nonnegative(),
			})
		),
	}),
	z.object({ unseen: z.string() }),
]);
LoopViewSchema satisfies z.ZodType<LoopView>;

export const TimelineSchema = z.object({
	rows: z.array(
		z.object({
			kind: z.enum(['process', 'thread', 'task', 'worker', 'child', 'span', 'executor', 'slot', 'stage']),
			label: z.string(),
			depth: z.number().int().nonnegative(),
			bars: z.array(IntervalSchema),
			running: z.array(IntervalSchema).optional(),
			calls: z.array(IntervalSchema.extend({ name: z.string() })).optional(),
			marks: z.array(z.object({ at: z.number(), name: z.string() })).optional(),
			outcome: z.string().optional(),
			tasks: z
				.array(
					IntervalSchema.extend({
						slotEnd: z.number(),
						app: z.number().int(),
						stage: z.number().int(),
						partition: z.number().int(),
						attempt: z.number().int(),
						failed: z.boolean(),
					})
				)
				.optional(),
		})
	),
	totalMs: z.number().nonnegative(),
	loop: LoopViewSchema.optional(),
});
TimelineSchema satisfies z.ZodType<Timeline>;

export const CheckedClaimSchema = z.object({ says: z.string(), measured: z.string(), holds: z.boolean() });
CheckedClaimSchema satisfies z.ZodType<CheckedClaim>;

export const OutputVariantSchema = z.object({ text: z.string(), count: z.number().int().positive() });
OutputVariantSchema satisfies z.ZodType<OutputVariant>;

/** The fields a program's result gets from its run in time. */
export const RunInTimeSchema = z.object({
	/** Null when the run recorded nothing (it did not get as far as starting). */
	timeline: TimelineSchema.nullable(),
	/** The example's claims, each checked against the timeline. */
	claims: z.array(CheckedClaimSchema),
	/** The Chrome Trace Event JSON offered for download. */
	trace: z.string().nullable(),
	/** Declared nondeterministic: each distinct output of its runs, with how often it came up. */
	variants: z.array(OutputVariantSchema).nullable(),
	/** The machine the run was recorded on, e.g. `2 cores`. */
	machine: z.string(),
});
