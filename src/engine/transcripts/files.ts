/**
 * Where a program's committed transcript lives: beside the program, named after it (`gather.py` → `gather.py.out`).
 * Transcripts are never part of a run's cache key (accepting one must not run anything again).
 */
import { readFile, rename, writeFile } from 'node:fs/promises';

export const TRANSCRIPT_EXTENSION = '.out';

/** `…/examples/gather/gather.py` → `…/examples/gather/gather.py.out` (absolute or display path alike). */
export const transcriptPath = (programPath: string) => `${programPath}${TRANSCRIPT_EXTENSION}`;

export const isTranscriptFile = (name: string) => name.endsWith(TRANSCRIPT_EXTENSION);

/** The committed transcript, or null when there is none. */
export async function readTranscript(file: string): Promise<string | null> {
	try {
		// A checkout with CRLF line endings must still match.
		return (await readFile(file, 'utf8')).replace(/\r\n/g, '\n');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
}

/** Writes atomically: a dev server watching the folder never sees half a file. */
export async function writeTranscript(file: string, text: string): Promise<void> {
	const tmp = `${file}.${process.pid}.tmp`;
	await writeFile(tmp, text);
	await rename(tmp, file);
}
