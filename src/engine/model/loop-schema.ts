/**
 * The schema of the event loop's view of a run (shared/loop.ts), part of the timeline's schema (timeline-schema.ts):
 * without it the collection's validation would strip `Timeline.loop` and no page could show the loop.
 */
import { z } from 'astro/zod';
import type { LoopView } from '../../shared/loop.ts';

const LoopCauseSchema = z.enum([
	'create_task',
	'yield',
	'future',
	'timer',
	'io',
	'call_soon',
	'call_soon_threadsafe',
	'timers',
	'poll',
	'check',
	'close',
	'nextTick',
	'promise',
	'other',
]);

const LoopHandleSchema = z.object({
	label: z.string(),
	task: z.string().optional(),
	cause: LoopCauseSchema,
	start: z.number(),
	end: z.number(),
	out: z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()]).optional(),
	line: z.number().int().positive().optional(),
});

const LoopIterationSchema = z.object({
	n: z.number().int().positive(),
	start: z.number(),
	end: z.number(),
	waited: z.number().nonnegative(),
	wokeBy: z.enum(['ready', 'timer', 'io', 'thread', 'none']),
	ready: z.array(z.string()),
	timers: z.array(z.object({ label: z.string(), due: z.number() })),
	ran: z.array(LoopHandleSchema),
});

export const LoopViewSchema = z.union([
	z.object({
		loops: z.array(
			z.object({ where: z.string(), iterations: z.array(LoopIterationSchema), dropped: z.number().int().nonnegative() })
		),
	}),
	z.object({ unseen: z.string() }),
]);
LoopViewSchema satisfies z.ZodType<LoopView>;
