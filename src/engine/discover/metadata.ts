/**
 * `examples/<id>/example.json`: how an example runs and what it is expected to do. Validated here, once; a wrong
 * field is a build error that names the file, the field, what was expected and what was found.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'astro/zod';
import { ClaimSchema, type Claim } from '../verdict/claims.ts';
import { UserError } from '../errors.ts';

/** The program is expected to fail, and the build asserts that it does. */
export const ExpectFailureSchema = z.strictObject({
	/** Exit code the program must end with. @default 1 */
	exitCode: z.number().int().min(1).max(255).default(1),
	/** Text that must appear in what the program writes to stderr, e.g. `"TimeoutError"`. */
	stderr: z.string().min(1).optional(),
});

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
});

/** The whole `example.json`: shared options, then per-language overrides. */
export const ExampleMetaSchema = RunOptionsSchema.extend({
	/**
	 * The Python program is written for an engine: it runs on the project's `.venv` (requirements.lock) with the
	 * engine's harness (Spark also needs Java 17+), under the raised limits a JVM needs (languages.ts).
	 */
	engine: z.enum(['spark', 'beam']).optional(),
	ts: RunOptionsSchema.optional(),
	py: RunOptionsSchema.optional(),
}).superRefine((meta, ctx) => {
	const timeouts = [meta.timeoutMs, meta.ts?.timeoutMs, meta.py?.timeoutMs];
	if (!meta.engine && timeouts.some((t) => t !== undefined && t > 60_000))
		ctx.addIssue({
			code: 'custom',
			path: ['timeoutMs'],
			message: 'at most 60000 unless the example declares an "engine"',
		});
});

const KNOWN_FIELDS = [...Object.keys(RunOptionsSchema.shape), 'engine', 'ts', 'py'].join(', ');

export type ExampleMeta = z.output<typeof ExampleMetaSchema>;
export type ExpectFailure = z.output<typeof ExpectFailureSchema>;

/** The options one program runs with, defaults applied. */
export interface ResolvedRunOptions {
	timeoutMs: number;
	alone: boolean;
	needs: Array<'workers' | 'child-processes'>;
	expect: ExpectFailure | null;
	claims: Claim[];
	nondeterministic: { runs: number } | null;
	/** Python only: the engine the program is written for, or null for a standard-library program. */
	engine: 'spark' | 'beam' | null;
}

export const DEFAULT_TIMEOUT_MS = 5000;

/** Merges the shared options with one language's overrides. */
export function resolveRunOptions(meta: ExampleMeta, lang: 'ts' | 'py'): ResolvedRunOptions {
	const { ts, py, engine: _engine, ...shared } = meta;
	const own = (lang === 'ts' ? ts : py) ?? {};
	const pick = <K extends Exclude<keyof ResolvedRunOptions, 'engine'>>(key: K) =>
		(own[key] !== undefined ? own[key] : shared[key]) as ResolvedRunOptions[K] | undefined;
	return {
		timeoutMs: pick('timeoutMs') ?? DEFAULT_TIMEOUT_MS,
		alone: pick('alone') ?? false,
		needs: pick('needs') ?? [],
		expect: pick('expect') ?? null,
		claims: pick('claims') ?? [],
		nondeterministic: pick('nondeterministic') ?? null,
		engine: lang === 'py' ? (meta.engine ?? null) : null,
	};
}

/** Reads and validates an `example.json`; a missing file means "all defaults". */
export async function readExampleMeta(file: string, displayPath: string): Promise<ExampleMeta> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
		throw error;
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new UserError(`${displayPath}: not valid JSON: ${(error as Error).message}`, { cause: error });
	}
	const parsed = ExampleMetaSchema.safeParse(json);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.flatMap((issue) => {
		const at = issue.path.length ? `${issue.path.join('.')}.` : '';
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map(
				(key) => `${displayPath}: field "${at}${key}": unknown field (known fields: ${KNOWN_FIELDS})`
			);
		}
		const value = issue.path.reduce<unknown>((obj, key) => (obj as Record<PropertyKey, unknown>)?.[key], json);
		const received = /received/.test(issue.message) ? '' : ` (received ${JSON.stringify(value)})`;
		return [`${displayPath}: field "${issue.path.join('.')}": ${issue.message}${received}`];
	});
	throw new UserError(problems.join('\n'));
}
