/**
 * `examples/<id>/example.json`: how an example runs and what it is expected to do. Validated here, once; a wrong
 * field is a build error that names the file, the field, what was expected and what was found.
 */
import { z } from 'astro/zod';
import { ClaimSchema, type Claim } from './claims-schema.ts';
import { readSchemaFile } from '../schema-file.ts';

/** The program is expected to fail, and the build asserts that it does. */
export const ExpectFailureSchema = z.strictObject({
	/** Exit code the program must end with. @default 1 */
	exitCode: z.number().int().min(1).max(255).default(1),
	/** Text that must appear in what the program writes to stderr, e.g. `"TimeoutError"`. */
	stderr: z.string().min(1).optional(),
});

/** A declared difference on other versions of the runtime (engine/versions/). */
export const DiffersSchema = z.strictObject({
	/** Versions as the page names them: `"3.11"`, `"22"`. */
	on: z.array(z.string().regex(/^\d+(\.\d+)?$/)).min(1),
	/** The transcript lines that may differ, as a regular expression, e.g. `"^err\\| "` (a traceback). */
	lines: z.string().min(1).refine(isRegExp, { message: 'not a valid regular expression' }),
	/** Said on the page beside that version's output. */
	why: z.string().min(1),
});

function isRegExp(source: string): boolean {
	try {
		new RegExp(source);
		return true;
	} catch {
		return false;
	}
}

/** `">=3.13"` (Python) or `">=24"` (Node): the oldest version a program runs on. */
const MinVersionSchema = z.string().regex(/^>=\d+(\.\d+)?$/, { message: 'expected ">=X.Y" (Python) or ">=N" (Node)' });

/** Options that can be set for both programs of an example, or for one language only. */
export const RunOptionsSchema = z.strictObject({
	/** Milliseconds before the program and everything it started are killed (an engine program: up to 300 000). @default 5000 */
	timeoutMs: z.number().int().min(100).max(300_000).optional(),
	/** Timing-sensitive: run alone, after the other examples, never beside another one. @default false */
	alone: z.boolean().optional(),
	/** What the TypeScript program may start under Node's permission model. @default [] */
	needs: z.array(z.enum(['workers', 'child-processes'])).optional(),
	/** Declares an expected failure; `null` in a language override cancels a shared one. */
	expect: ExpectFailureSchema.nullable().optional(),
	/** Properties of the run the build checks against its timeline (claims.ts). @default [] */
	claims: z.array(ClaimSchema).optional(),
	/** The output legitimately varies (a race): run it `runs` times and show each distinct output with its count. */
	nondeterministic: z
		.strictObject({ runs: z.number().int().min(5).max(50) })
		.nullable()
		.optional(),
	/**
	 * Where another version of the runtime prints something else, on purpose (engine/versions/): which versions, the
	 * lines that may differ (a regular expression over transcript lines, `out| …`/`err| …`), and why. Any other
	 * difference fails the version check.
	 */
	differs: z.array(DiffersSchema).optional(),
	/** Runs on the main version only (an engine program: PySpark, Beam), and why; its page says so. */
	mainOnly: z.string().min(1).optional(),
});

/** The whole `example.json`: shared options, then per-language overrides. */
export const ExampleMetaSchema = RunOptionsSchema.extend({
	/**
	 * The Python program is written for an engine: it runs on the project's `.venv` (requirements.lock) with the
	 * engine's harness (Spark also needs Java 17+), under the raised limits a JVM needs (run/engines/).
	 */
	engine: z.enum(['spark', 'beam', 'packages']).optional(),
	ts: RunOptionsSchema.optional(),
	py: RunOptionsSchema.optional(),
	/** The oldest Python the Python program runs on, e.g. `">=3.13"`: older versions do not run it. */
	python: MinVersionSchema.optional(),
	/** The oldest Node the TypeScript program runs on, e.g. `">=24"`. */
	node: MinVersionSchema.optional(),
}).superRefine((meta, ctx) => {
	const timeouts = [meta.timeoutMs, meta.ts?.timeoutMs, meta.py?.timeoutMs];
	if (!meta.engine && timeouts.some((t) => t !== undefined && t > 60_000))
		ctx.addIssue({
			code: 'custom',
			path: ['timeoutMs'],
			message:
				'at most 60000 unless the example runs on an engine (its Python program imports pyspark or apache_beam, or it declares "engine")',
		});
});

const KNOWN_FIELDS = [...Object.keys(RunOptionsSchema.shape), 'engine', 'ts', 'py', 'python', 'node'].join(', ');

export type ExampleMeta = z.output<typeof ExampleMetaSchema>;
export type ExpectFailure = z.output<typeof ExpectFailureSchema>;
export type Differs = z.output<typeof DiffersSchema>;

/** The options one program runs with, defaults applied. */
export interface ResolvedRunOptions {
	timeoutMs: number;
	alone: boolean;
	needs: Array<'workers' | 'child-processes'>;
	expect: ExpectFailure | null;
	claims: Claim[];
	nondeterministic: { runs: number } | null;
	/** Python only: the engine the program is written for, or null for a standard-library program. */
	engine: EngineId | null;
}

export const DEFAULT_TIMEOUT_MS = 5000;

/**
 * What an engine program runs with where example.json says nothing, so a plain PySpark or Beam program needs none.
 * The timeouts, measured with scripts/bench/engine-start.ts (each engine program of the site, one at a time, both cores
 * of a 2-core machine kept busy by spinning processes), are at least 5 times the longest run on that loaded machine and
 * 1.5 times the longest on the same machine shared with seven other builds besides (load average 15):
 * Spark 22.6 s and 77 s (pyspark-local-cluster; a bare session 9–11 s), Beam 6.8 s and 21 s (beam-running-modes; a
 * bare pipeline 1.5–2 s), packages 1.3 s and 1.8 s. No engine runs alone: what a Spark program's claims measure (its
 * tasks at once, its stage barriers, its retries) is Spark's scheduling, which a busy machine slows but does not
 * change, and running the Spark programs one after another left a core idle for most of the build.
 */
export const ENGINE_DEFAULTS: Record<EngineId, { timeoutMs: number }> = {
	spark: { timeoutMs: 120_000 },
	beam: { timeoutMs: 60_000 },
	packages: { timeoutMs: 10_000 },
};

/** Merges the shared options with one language's overrides, over the defaults of the program's engine. */
export function resolveRunOptions(meta: ExampleMeta, lang: 'ts' | 'py'): ResolvedRunOptions {
	const { ts, py, engine: _engine, ...shared } = meta;
	const own = (lang === 'ts' ? ts : py) ?? {};
	const pick = <K extends Exclude<keyof ResolvedRunOptions, 'engine'>>(key: K) =>
		(own[key] !== undefined ? own[key] : shared[key]) as ResolvedRunOptions[K] | undefined;
	const engine = lang === 'py' ? (meta.engine ?? null) : null;
	const defaults = engine ? ENGINE_DEFAULTS[engine] : { timeoutMs: DEFAULT_TIMEOUT_MS };
	return {
		timeoutMs: pick('timeoutMs') ?? defaults.timeoutMs,
		alone: pick('alone') ?? false,
		needs: pick('needs') ?? [],
		expect: pick('expect') ?? null,
		claims: pick('claims') ?? [],
		nondeterministic: pick('nondeterministic') ?? null,
		engine,
	};
}

const ENGINE_NAMES = { spark: 'PySpark', beam: 'Apache Beam', packages: 'packages of the locked environment' } as const;

/** What an engine program is written for (`engine` in example.json): `packages` is a program that imports anyio, trio or uvloop. */
export type EngineId = 'spark' | 'beam' | 'packages';

/** What decides where a program runs besides its main version (engine/versions/). */
export interface VersionOptions {
	/** `[3, 13]` for `">=3.13"`; null when every version qualifies. */
	min: number[] | null;
	differs: Differs[];
	mainOnly: string | null;
}

export function resolveVersionOptions(meta: ExampleMeta, lang: 'ts' | 'py'): VersionOptions {
	const own = (lang === 'ts' ? meta.ts : meta.py) ?? {};
	const range = lang === 'ts' ? meta.node : meta.python;
	return {
		min: range ? range.slice(2).split('.').map(Number) : null,
		differs: own.differs ?? meta.differs ?? [],
		// An engine program needs the locked environment, which exists for the main Python only.
		mainOnly:
			own.mainOnly ??
			meta.mainOnly ??
			(meta.engine && lang === 'py' ? `needs ${ENGINE_NAMES[meta.engine]}, installed for the main Python only` : null),
	};
}

/**
 * Reads and validates an `example.json`; a missing file means "all defaults".
 * @param defaults fields the file may leave out, validated with it: the engine the program's imports call for.
 */
export async function readExampleMeta(
	file: string,
	displayPath: string,
	defaults: Pick<ExampleMeta, 'engine'> = {}
): Promise<ExampleMeta> {
	const help = { knownFields: KNOWN_FIELDS, defaults };
	return (await readSchemaFile(file, displayPath, ExampleMetaSchema, help)) ?? { ...defaults };
}
