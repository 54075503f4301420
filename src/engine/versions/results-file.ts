/**
 * The committed results of one program on the other versions of its runtime, beside it
 * (`examples/gather/gather.py.versions.json`), written on purpose by `npm run examples:matrix` and never by a build:
 *
 *     { "main": "3.13.0", "input": "…", "runs": [
 *         { "version": "3.12.1", "same": "<hash of the main transcript it printed too>" },
 *         { "version": "3.11.7", "output": ["out| False", "exit code 1"] },
 *         { "version": "3.11.7", "notRun": "needs Python 3.13+" } ] }
 *
 * `input` is a hash of what the program is (its files, run options, minimum version: input.ts): when it no
 * longer matches, or `main` is not this build's version, or a `same` hash is not this run's transcript, the results
 * are stale, and a build says so (CI fails) rather than show them.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import { writeTranscript } from '../transcripts/files.ts';
import { readSchemaFile } from '../schema-file.ts';

export const MatrixRunSchema = z.union([
	z.strictObject({ version: z.string(), same: z.string() }),
	z.strictObject({ version: z.string(), output: z.array(z.string()) }),
	z.strictObject({ version: z.string(), notRun: z.string() }),
]);
export type MatrixRun = z.output<typeof MatrixRunSchema>;

export const MatrixFileSchema = z.strictObject({
	main: z.string(),
	input: z.string(),
	runs: z.array(MatrixRunSchema),
});
export type MatrixFile = z.output<typeof MatrixFileSchema>;

/** A short hash of a transcript: what a `same` run printed. */
export const transcriptHash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Transcript text ⇄ the lines stored for a version that prints something else. */
export const toLines = (transcript: string) => transcript.replace(/\n$/, '').split('\n');
export const fromLines = (lines: string[]) => `${lines.join('\n')}\n`;

/** The committed file, null when there is none; an unreadable one is a `UserError` naming it and the fix. */
export function readMatrixFile(file: string, displayPath: string): Promise<MatrixFile | null> {
	return readSchemaFile(file, displayPath, MatrixFileSchema, {
		fix: `It is written by npm run examples:matrix: run it to make the file again (or restore it: git checkout -- ${displayPath}).`,
	});
}

export const formatMatrixFile = (data: MatrixFile) => `${JSON.stringify(data, null, '\t')}\n`;

export const writeMatrixFile = (file: string, data: MatrixFile) => writeTranscript(file, formatMatrixFile(data));
