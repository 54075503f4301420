/**
 * An example's entry as Astro's content store keeps it. A run's event-loop record and its downloadable trace are
 * two thirds of the store's bytes (4 of 6 MB over the site), yet only a page's render and two routes read them,
 * while the store is written whole after every re-run in dev and loaded again by the dev server, at a cost that
 * grows with its bytes: an edited example showed in 2.6–3.3 s with them in the store, 1.8–2.0 s without (its run
 * 0.95 s). So they go to a file of their own, named by the hash of what it holds (a changed run is a new name, so
 * the entry changes and the page is drawn again), and the store holds the file's path. `storedExample` (the loader)
 * writes it; `exampleOf` (whoever reads an entry) puts them back.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { atomicWrite } from '../atomic-write.ts';
import { ProgramResultSchema, type ExampleResult, type ProgramResult } from './example-result.ts';

const StoredProgramSchema = ProgramResultSchema.extend({
	/** The file holding this run's `trace` and `timeline.loop`, absent from the entry (absent: it had neither). */
	runFile: z.string().optional(),
});

export const StoredExampleSchema = z
	.object({ id: z.string(), programs: z.array(StoredProgramSchema), error: z.string().optional() })
	.refine((e) => e.programs.length > 0 || e.error !== undefined, {
		message: 'an example has at least one program, or an error saying why not',
	});
export type StoredExample = z.output<typeof StoredExampleSchema>;
type StoredProgram = z.output<typeof StoredProgramSchema>;

/** What a run file holds. */
type RunFile = Pick<ProgramResult, 'trace'> & { loop?: NonNullable<ProgramResult['timeline']>['loop'] };

/** The entry to store: each run's trace and loop record written to `dir` (only when not there yet). */
export async function storedExample(example: ExampleResult, dir: string): Promise<StoredExample> {
	return { ...example, programs: await Promise.all(example.programs.map((p) => storedProgram(p, dir))) };
}

async function storedProgram(program: ProgramResult, dir: string): Promise<StoredProgram> {
	const { trace, ...rest } = program;
	const loop = program.timeline?.loop;
	if (!trace && !loop) return program;
	const text = JSON.stringify({ trace, loop } satisfies RunFile);
	const file = path.join(dir, `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
	if (!existsSync(file)) {
		await mkdir(dir, { recursive: true });
		await atomicWrite(file, text);
	}
	const stored: StoredProgram = { ...rest, runFile: file };
	if (stored.timeline?.loop) {
		const { loop: _, ...drawn } = stored.timeline;
		stored.timeline = drawn;
	}
	return stored;
}

/** The entry as the engine made it, trace and loop record read back from their file. */
export function exampleOf(stored: StoredExample): ExampleResult {
	return { ...stored, programs: stored.programs.map(programOf) };
}

function programOf({ runFile, ...program }: StoredProgram): ProgramResult {
	if (!runFile) return program;
	let saved: RunFile;
	try {
		saved = JSON.parse(readFileSync(runFile, 'utf8')) as RunFile;
	} catch (cause) {
		throw new Error(
			`${program.file}: its run's trace and event loop were kept in ${runFile}, which cannot be read (the examples cache was deleted?): build again`,
			{ cause }
		);
	}
	const { timeline } = program;
	return {
		...program,
		...(saved.trace !== undefined && { trace: saved.trace }),
		...(timeline && saved.loop && { timeline: { ...timeline, loop: saved.loop } }),
	};
}
