/**
 * The warm TypeScript checker of dev mode: TypeScript 7's language server (`tsc --lsp --stdio`), reading the same
 * `examples/tsconfig.json` as the one-pass `tsc -p` of engine/check/tsc.ts and reporting the same diagnostics.
 */
import type { WarmCheckerSpec } from './warm-checker.ts';
import { TSC } from '../tsc.ts';

/** A file that declares something global (or augments a module) can change what every other file means. */
const GLOBAL_DECLARATION = /\bdeclare\s+(global|module)\b/;

export const WARM_TS: WarmCheckerSpec = {
	name: 'tsc',
	languageId: 'typescript',
	extension: '.ts',
	// bin/tsc replaces itself with the native compiler (execve): the process we start is the server.
	command: process.execPath,
	args: [TSC, '--lsp', '--stdio'],
	toDiagnostic: (d, file) =>
		d.severity === 1
			? {
					file,
					line: d.range.start.line + 1,
					column: d.range.start.character + 1,
					code: `TS${d.code}`,
					message: d.message,
				}
			: null,
	// The server re-checks every file it is asked about after any edit (a new program); the examples are ES modules
	// (examples/package.json) importing only from their own folder, so an edit can only change its own folder's
	// diagnostics, unless it declares something global.
	affected(edits, files, exampleOf) {
		if (edits.some((e) => GLOBAL_DECLARATION.test(e.before ?? '') || GLOBAL_DECLARATION.test(e.after ?? ''))) {
			return null;
		}
		const examples = new Set(edits.map((e) => exampleOf(e.file)));
		return files.filter((f) => examples.has(exampleOf(f)));
	},
};
