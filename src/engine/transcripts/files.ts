/**
 * Where a program's committed transcript lives: beside the program, named after it (`gather.py` → `gather.py.out`).
 * Transcripts are never part of a run's cache key (accepting one must not run anything again).
 */
import { readFile } from 'node:fs/promises';
import { atomicWrite } from '../atomic-write.ts';

export const TRANSCRIPT_EXTENSION = '.out';

/** `…/examples/gather/gather.py` → `…/examples/gather/gather.py.out` (absolute or display path alike). */
export const transcriptPath = (programPath: string) => `${programPath}${TRANSCRIPT_EXTENSION}`;

export const isTranscriptFile = (name: string) => name.endsWith(TRANSCRIPT_EXTENSION);

/**
 * What the program printed on the other versions of its runtime, written by `npm run examples:matrix`
 * (engine/versions/): `gather.py` → `gather.py.versions.json`. Like a transcript, never part of a cache key.
 */
export const matrixPath = (programPath: string) => `${programPath}.versions.json`;

export const isMatrixFile = (name: string) => name.endsWith('.versions.json');

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
export const writeTranscript = (file: string, text: string): Promise<void> => atomicWrite(file, text);
