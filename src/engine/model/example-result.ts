/**
 * What the engine hands to the pages: one entry of the `examples` collection per example. The schema is the
 * boundary: the loader validates every entry with it, as Astro's store keeps it (stored-example.ts, which leaves
 * each program's source, timeline and trace in a file), and a page reads it back as this type through `exampleOf`.
 */
import { z } from 'astro/zod';
import type { BrowserSupport } from '../../shared/browser-support.ts';
import { LANGUAGE_IDS } from '../../shared/languages.ts';
import type { OutputChunk } from '../../shared/output.ts';
import { RunInTimeSchema } from './timeline-schema.ts';
import { ClaimSchema } from '../discover/claims-schema.ts';
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

/**
 * The program on the other versions of its runtime (engine/versions/), from the results `npm run examples:matrix`
 * committed beside it: which versions print the same as this run, which print something else (declared, with why),
 * which it does not run on. Labels are as the page names versions: `3.11`, `22`.
 */
export const VersionsSchema = z.object({
	/** `Python`, `Node` */
	runtimeName: z.string(),
	/** This build's version: `3.13` */
	main: z.string(),
	/** The versions that print exactly this output, this build's included, oldest first. */
	same: z.array(z.string()),
	/** Versions that print something else, as the example declares. */
	differs: z.array(
		z.object({
			label: z.string(),
			/** e.g. `3.11.7` */
			version: z.string(),
			why: z.string(),
			output: z.array(OutputChunkSchema),
			exitCode: z.number().int().nullable(),
			signal: z.string().nullable(),
		})
	),
	/** Versions the program is not run on, and why (`needs Python 3.13+`). */
	notRun: z.array(z.object({ label: z.string(), why: z.string() })),
	/** Runs on the main version only (an engine program), and why. */
	only: z.string().nullable(),
	/** Why no other version's result can be shown for this run (racy; results missing or stale), or null. */
	unchecked: z.string().nullable(),
});
export type Versions = z.output<typeof VersionsSchema>;

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
	/** The claims as example.json states them: a page's challenge checks a reader's run in the browser by them. */
	claimed: z.array(ClaimSchema).optional(),
	/** How this run compares with the committed transcript (engine/transcripts/compare.ts); set by every build. */
	transcript: TranscriptStatusSchema.optional(),
	/** The other versions of the runtime (engine/versions/); set by every build. */
	versions: VersionsSchema.optional(),
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
