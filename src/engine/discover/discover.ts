/**
 * Finds the examples: one folder per example under `examples/`, named by its id, holding `<id>.ts` and/or
 * `<id>.py` and an optional `example.json`. Every problem in every folder is reported at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGE_INFO, type LanguageId } from '../../shared/languages.ts';
import { readExampleMeta, type ExampleMeta } from './metadata.ts';

export interface ExampleProgram {
	lang: LanguageId;
	/** Absolute path of the program. */
	file: string;
	/** Path shown to people: relative to the project root, e.g. `examples/gather/gather.ts`. */
	displayPath: string;
	source: string;
}

export interface ExampleSource {
	id: string;
	/** Absolute path of the example's folder. */
	dir: string;
	programs: ExampleProgram[];
	meta: ExampleMeta;
}

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Reads every example folder under `examplesDir`; throws one error listing every bad folder. */
export async function discoverExamples(examplesDir: string, root: string): Promise<ExampleSource[]> {
	const entries = await readdir(examplesDir, { withFileTypes: true });
	const folders = entries.filter((e) => e.isDirectory() && !/^[._]/.test(e.name) && e.name !== 'node_modules');
	const problems: string[] = [];
	const examples: ExampleSource[] = [];
	for (const folder of folders.sort((a, b) => a.name.localeCompare(b.name))) {
		try {
			examples.push(await readExample(path.join(examplesDir, folder.name), root));
		} catch (error) {
			problems.push((error as Error).message);
		}
	}
	if (problems.length) throw new Error(`Invalid examples:\n${problems.join('\n')}`);
	return examples;
}

async function readExample(dir: string, root: string): Promise<ExampleSource> {
	const id = path.basename(dir);
	const shown = (file: string) => path.relative(root, file);
	if (!ID_PATTERN.test(id)) {
		throw new Error(`${shown(dir)}/: "${id}" is not a valid example id: use lower-case words joined by "-"`);
	}
	const files = new Set(await readdir(dir));
	const programs: ExampleProgram[] = [];
	for (const lang of Object.values(LANGUAGE_INFO)) {
		const name = `${id}${lang.extension}`;
		if (!files.has(name)) continue;
		const file = path.join(dir, name);
		programs.push({ lang: lang.id, file, displayPath: shown(file), source: await readFile(file, 'utf8') });
	}
	if (!programs.length) {
		const expected = Object.values(LANGUAGE_INFO).map((l) => `${id}${l.extension}`);
		throw new Error(`${shown(dir)}/: no program: expected ${expected.join(' or ')} in this folder`);
	}
	const meta = await readExampleMeta(path.join(dir, 'example.json'), shown(path.join(dir, 'example.json')));
	return { id, dir, programs, meta };
}
