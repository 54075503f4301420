/**
 * What the engine hands to the pages: one entry of the `examples` collection per example. The schema is the
 * boundary: the loader validates every entry with it, and the component's `entry.data` is typed from it.
 */
import { z } from 'astro/zod';
import type { BrowserSupport } from '../../shared/browser-support.ts';
import { LANGUAGE_IDS } from '../../shared/languages.ts';
import type { OutputChunk } from '../../shared/output.ts';
import { RunInTimeSchema } from './timeline-schema.ts';
import { TranscriptStatusSchema } from '../transcripts/compare.ts';

export const OutputChunkSchema = z.object({
	stream: z.enum(['stdout', 'stderr']),
	text: z.string(),
	/** Milliseconds since the program started when the chunk arrived (frames.ts): for timelines and replays. */
	t: z.number().nonnegative(),
});
// The parser's type and the schema must describe the same thing.
OutputChunkSchema satisfies z.ZodType<OutputChunk>;

/**
 * A build with examples switched off (`EXAMPLES=off`, offline-results.ts) ran nothing: where the output shown comes
 * from instead, so the page can say it was not re-run.
 */
export const NotRunSchema = z.object({
	/**
	 * `transcript`: the committed transcript (no timeline: that needs a run); `cache`: the cached run of this very
	 * program (same cache key), timeline included; `nothing`: neither exists, the page shows a placeholder.
	 */
	from: z.enum(['transcript', 'cache', 'nothing']),
	/** The committed transcript looked for (`examples/gather/gather.py.out`); null when the program has none by design. */
	transcript: z.string().nullable(),
	/**
	 * Why this build did not run it, when the examples were not off: an engine program (example.json `engine`) on a
	 * machine without what it needs, and the one command that installs that.
	 */
	needs: z.object({ missing: z.string(), install: z.string() }).optional(),
});
export type NotRun = z.output<typeof NotRunSchema>;

/** One program's run, as the page shows it. */
export const ProgramResultSchema = z.object({
	lang: z.enum(LANGUAGE_IDS),
	/** e.g. `examples/gather/gather.ts` */
	file: z.string(),
	source: z.string(),
	/** e.g. `Node 26.10.0` */
	runtime: z.string(),
	/** stdout and stderr in the order the program wrote them. */
	output: z.array(OutputChunkSchema),
	exitCode: z.number().int().nullable(),
	/** The signal that ended the program, if one did. */
	signal: z.string().nullable(),
	/** The program was declared to fail, and did. */
	expectedFailure: z.boolean(),
	/** How long the run took, measured at build time: for timelines, never shown in the transcript. */
	durationMs: z.number().nonnegative(),
	/** What it did in time: timeline, checked claims, trace, a race's distinct outputs (timeline-schema.ts). */
	...RunInTimeSchema.partial().shape,
	/** How this run compares with the committed transcript (engine/transcripts/compare.ts); set by every build. */
	transcript: TranscriptStatusSchema.optional(),
	/** Set only when this build did not run the program (EXAMPLES=off). */
	notRun: NotRunSchema.optional(),
	/** Whether a reader's browser can run it, or only replay this run (browser-support.ts). */
	browser: z.discriminatedUnion('runsIn', [
		z.object({ runsIn: z.literal('browser') }),
		z.object({ runsIn: z.literal('replay'), reason: z.string() }),
	]) satisfies z.ZodType<BrowserSupport>,
});

export const ExampleResultSchema = z
	.object({
		/** The example's folder name under `examples/`. */
		id: z.string(),
		/** Its programs, in the order of `LANGUAGES`; none only when `error` says why. */
		programs: z.array(ProgramResultSchema),
		/** Dev mode only: why this example has no current output (dev-errors.ts); the page shows it instead. */
		error: z.string().optional(),
	})
	.refine((e) => e.programs.length > 0 || e.error !== undefined, {
		message: 'an example has at least one program, or an error saying why not',
	});

export type ProgramResult = z.output<typeof ProgramResultSchema>;
export type ExampleResult = z.output<typeof ExampleResultSchema>;
