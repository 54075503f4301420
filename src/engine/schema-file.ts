/**
 * Reading a committed JSON file that has a schema (`example.json`, `<program>.versions.json`), one way for all: a
 * missing file is null, and anything else wrong with it is a `UserError` naming the file, each field, what was
 * expected and what was found, and what to do. Never an engine bug, never a bare `JSON.parse` error.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'astro/zod';
import { UserError } from './errors.ts';

export interface SchemaFileHelp {
	/** What to do about a bad file, a sentence said after the problems: `Make it again: npm run examples:matrix`. */
	fix?: string;
	/** Listed beside an unknown field. */
	knownFields?: string;
	/** Fields the file may leave out, taken when it does, and validated with it (an object file only). */
	defaults?: Record<string, unknown>;
}

export async function readSchemaFile<S extends z.ZodType>(
	file: string,
	displayPath: string,
	schema: S,
	help: SchemaFileHelp = {}
): Promise<z.output<S> | null> {
	let text: string;
	try {
		text = await readFile(file, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw new UserError(`${displayPath}: cannot be read: ${(error as Error).message}`, { cause: error });
	}
	const fix = help.fix ? `\n${help.fix}` : '';
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new UserError(`${displayPath}: not valid JSON: ${(error as Error).message}${fix}`, { cause: error });
	}
	if (help.defaults && json && typeof json === 'object' && !Array.isArray(json)) json = { ...help.defaults, ...json };
	const parsed = schema.safeParse(json);
	if (parsed.success) return parsed.data;
	const problems = parsed.error.issues.flatMap((issue) => {
		const at = issue.path.length ? `${issue.path.join('.')}.` : '';
		if (issue.code === 'unrecognized_keys') {
			const known = help.knownFields ? ` (known fields: ${help.knownFields})` : '';
			return issue.keys.map((key) => `${displayPath}: field "${at}${key}": unknown field${known}`);
		}
		const value = issue.path.reduce<unknown>((obj, key) => (obj as Record<PropertyKey, unknown>)?.[key], json);
		const received = /received/.test(issue.message) ? '' : ` (received ${JSON.stringify(value)})`;
		const field = issue.path.length ? `field "${issue.path.join('.')}"` : 'the whole file';
		return [`${displayPath}: ${field}: ${issue.message}${received}`];
	});
	throw new UserError(`${problems.join('\n')}${fix}`);
}
