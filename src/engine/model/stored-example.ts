/**
 * An example's entry as Astro's content store keeps it. A program's source, its timeline (with the event-loop
 * record) and its downloadable trace are nine tenths of the examples' bytes in the store, yet only a page's render
 * and two routes read them, while the store is written whole after every re-run in dev and loaded again by the dev
 * server, at a cost that grows with its bytes. An edited example showed in 2.6–3.3 s with all of them in the store
 * (6.2 MB), 1.8–2.1 s without the traces and loop records (1.8 MB), 1.7–2.0 s without any of them (0.9 MB, most of
 * it the pages' own MDX); its run took 0.95 s. So they go to a file of their own, named by the hash of what it holds
 * (a changed program or run is a new name, so the entry changes and the page is drawn again), and the store holds
 * the file's path. `storedExample` (the loader) writes it; `exampleOf` (whoever reads an entry) puts them back.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { atomicWrite } from '../atomic-write.ts';
import { ProgramResultSchema, type ExampleResult, type ProgramResult } from './example-result.ts';

const StoredProgramSchema = ProgramResultSchema.omit({ source: true, timeline: true, trace: true }).extend({
	/** The file holding this program's `source`, `timeline` and `trace`, absent from the entry. */
	runFile: z.string(),
});

export const StoredExampleSchema = z
	.object({ id: z.string(), programs: z.array(StoredProgramSchema), error: z.string().optional() })
	.refine((e) => e.programs.length > 0 || e.error !== undefined, {
		message: 'an example has at least one program, or an error saying why not',
	});
export type StoredExample = z.output<typeof StoredExampleSchema>;
type StoredProgram = z.output<typeof StoredProgramSchema>;

/** What a run file holds: validated when written, as the entry is by Astro (the schema is the boundary). */
const RunFileSchema = ProgramResultSchema.pick({ source: true, timeline: true, trace: true });
type RunFile = z.output<typeof RunFileSchema>;

/** The entry to store: each program's source, timeline and trace written to `dir` (only when not there yet). */
export async function storedExample(example: ExampleResult, dir: string): Promise<StoredExample> {
	return { ...example, programs: await Promise.all(example.programs.map((p) => storedProgram(p, dir))) };
}

async function storedProgram(program: ProgramResult, dir: string): Promise<StoredProgram> {
	const { source, timeline, trace, ...rest } = program;
	const text = JSON.stringify({ source, timeline, trace } satisfies RunFile);
	const file = path.join(dir, `${createHash('sha256').update(text).digest('hex').slice(0, 32)}.json`);
	if (!existsSync(file)) {
		RunFileSchema.parse({ source, timeline, trace }); // once: the same bytes are the same file
		await mkdir(dir, { recursive: true });
		await atomicWrite(file, text);
	}
	return { ...rest, runFile: file };
}

/** The entry as the engine made it, source, timeline and trace read back from their file. */
export function exampleOf(stored: StoredExample): ExampleResult {
	return { ...stored, programs: stored.programs.map(programOf) };
}

/** Run files read so far: a file's name is the hash of what it holds, so it never changes. */
const runFiles = new Map<string, RunFile>();

function programOf({ runFile, ...program }: StoredProgram): ProgramResult {
	let saved = runFiles.get(runFile);
	if (!saved) {
		try {
			saved = JSON.parse(readFileSync(runFile, 'utf8')) as RunFile;
		} catch (cause) {
			throw new Error(
				`${program.file}: its source, timeline and trace were kept in ${runFile}, which cannot be read (the examples cache was deleted?): build again`,
				{ cause }
			);
		}
		runFiles.set(runFile, saved);
	}
	return {
		...program,
		source: saved.source,
		...(saved.timeline !== undefined && { timeline: saved.timeline }),
		...(saved.trace !== undefined && { trace: saved.trace }),
	};
}
