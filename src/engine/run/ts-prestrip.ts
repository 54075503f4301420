/**
 * Node strips the types of a `.ts` file itself, but loading its stripper (a WebAssembly module) costs every
 * TypeScript example about 100 ms of CPU before its first line. The engine, which loads the stripper once, strips
 * the example's files beforehand with the very function Node uses (`stripTypeScriptTypes` of `node:module`), and
 * the preload's load hook hands Node the result (harness/node-preload.mjs). Types become spaces, so every line and
 * column stays where it was: stack traces and the program's behaviour are those of `node program.ts`.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** Stripped sources by source text: an example run many times is stripped once. */
const memo = new Map<string, string>();

function strip(source: string): string {
	let code = memo.get(source);
	if (code === undefined) {
		// The function is marked experimental, and says so once per process: not news for the build log.
		const emitWarning = process.emitWarning;
		process.emitWarning = () => {};
		try {
			code = stripTypeScriptTypes(source);
		} finally {
			process.emitWarning = emitWarning;
		}
		memo.set(source, code);
	}
	return code;
}

/**
 * Writes the stripped form of every `.ts` file of `exampleDir` into a new temporary folder, each at its absolute
 * path below it (`<folder>/<absolute path>.js`), and returns the folder. A file that does not strip (a syntax the
 * stripper refuses) is left out: Node then strips it itself and reports the error as `node program.ts` would.
 */
export async function prestripExample(exampleDir: string): Promise<string> {
	const folder = await mkdtemp(path.join(os.tmpdir(), 'example-ts-'));
	const files = (await readdir(exampleDir, { recursive: true })).filter((f) => f.endsWith('.ts'));
	await Promise.all(
		files.map(async (file) => {
			const absolute = path.join(exampleDir, file);
			let code: string;
			try {
				code = strip(await readFile(absolute, 'utf8'));
			} catch {
				return;
			}
			const target = path.join(folder, `${absolute}.js`);
			await mkdir(path.dirname(target), { recursive: true });
			await writeFile(target, code);
		})
	);
	return folder;
}
