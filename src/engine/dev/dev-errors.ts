/**
 * Dev mode: an example whose check or run failed shows its error on the page, in place of its output, instead of
 * the output of its last good run presented as current. These are the entries the loader stores for it.
 */
import { readdir } from 'node:fs/promises';
import type { ExampleResult } from '../model/example-result.ts';
import { ID_PATTERN } from '../discover/discover.ts';

/** The part of a build error about one example: its own blocks or lines, or all of it when none names it. */
export function errorForExample(message: string, id: string): string {
	const names = (text: string) => text.includes(`examples/${id}/`) || text.includes(`"${id}"`);
	const blocks = message.split('\n\n');
	const head = blocks[0]!.split('\n')[0]!;
	const ownBlocks = blocks.slice(1).filter(names);
	if (ownBlocks.length) return [head, ...ownBlocks].join('\n\n');
	const ownLines = message.split('\n').slice(1).filter(names);
	if (ownLines.length) return [head, ...ownLines].join('\n');
	return `This example was not run, because of errors in others (nothing runs until every example checks):\n${message}`;
}

/** The entry shown for an example that did not build: no programs, and why. */
export function errorEntry(id: string, message: string): ExampleResult {
	return { id, programs: [], error: errorForExample(message, id) };
}

/** Every folder that looks like an example, for when the build failed before it could list them. */
export async function exampleIds(examplesDir: string): Promise<string[]> {
	const entries = await readdir(examplesDir, { withFileTypes: true }).catch(() => []);
	return entries.filter((e) => e.isDirectory() && ID_PATTERN.test(e.name)).map((e) => e.name);
}
