/**
 * Finds the examples: one folder per example under `examples/`, named by its id, holding `<id>.ts` and/or
 * `<id>.py` and an optional `example.json`. Every problem in every folder is reported at once.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LANGUAGE_INFO, type LanguageId } from '../../shared/languages.ts';
import { UserError } from '../errors.ts';
import { importedEngine } from './imported-engine.ts';
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

/** A folder under `examples/` that is meant as an example (its id may still be invalid): not hidden, not tooling. */
export const isExampleFolder = (name: string): boolean => !/^[._]/.test(name) && name !== 'node_modules';

/** The example folders' names, sorted; none when `examplesDir` cannot be listed (the build says why). */
export async function listExampleIds(examplesDir: string): Promise<string[]> {
	const entries = await readdir(examplesDir, { withFileTypes: true });
	return entries
		.filter((e) => e.isDirectory() && isExampleFolder(e.name))
		.map((e) => e.name)
		.sort();
}

/** Reads every example folder under `examplesDir`; throws one error listing every bad folder. */
export async function discoverExamples(examplesDir: string, root: string): Promise<ExampleSource[]> {
	const problems: string[] = [];
	const examples: ExampleSource[] = [];
	for (const id of await listExampleIds(examplesDir)) {
		try {
			examples.push(await readExample(path.join(examplesDir, id), root));
		} catch (error) {
			if (!(error instanceof UserError)) throw error;
			problems.push(error.message);
		}
	}
	if (problems.length) throw new UserError(`Invalid examples:\n${problems.join('\n')}`);
	return examples;
}

async function readExample(dir: string, root: string): Promise<ExampleSource> {
	const id = path.basename(dir);
	const shown = (file: string) => path.relative(root, file);
	if (!ID_PATTERN.test(id)) {
		throw new UserError(`${shown(dir)}/: "${id}" is not a valid example id: use lower-case words joined by "-"`);
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
		throw new UserError(`${shown(dir)}/: no program: expected ${expected.join(' or ')} in this folder`);
	}
	// The engine its imports call for, unless example.json names one (imported-engine.ts).
	const py = programs.find((p) => p.lang === 'py');
	const imported = py ? importedEngine(py.source) : null;
	const metaFile = shown(path.join(dir, 'example.json'));
	const defaults = imported && imported !== 'spark-and-beam' ? { engine: imported } : {};
	const meta = await readExampleMeta(path.join(dir, 'example.json'), metaFile, defaults);
	if (imported === 'spark-and-beam' && !meta.engine)
		throw new UserError(
			`${py!.displayPath} imports both pyspark and apache_beam: say which engine runs it, "engine": "spark" or "engine": "beam" in ${metaFile}`
		);
	return { id, dir, programs, meta };
}
