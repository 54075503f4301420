/**
 * The warm Python checker of dev mode: pyright's language server, reading the same `examples/pyrightconfig.json`
 * and the same interpreter as the one-pass `pyright -p` of engine/check/pyright.ts, and reporting the same diagnostics.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WarmCheckerSpec } from './warm-checker.ts';

const require = createRequire(import.meta.url);
const LANGSERVER = path.join(path.dirname(require.resolve('pyright/package.json')), 'langserver.index.js');

export function warmPy(pythonPath: string): WarmCheckerSpec {
	return {
		name: 'pyright',
		languageId: 'python',
		extension: '.py',
		command: process.execPath,
		args: [LANGSERVER, '--stdio'],
		// The CLI's --pythonpath; everything else comes from pyrightconfig.json, which outranks editor settings.
		settings: (section) => (section === 'python' ? { pythonPath } : {}),
		toDiagnostic: (d, file) =>
			d.severity === 1
				? {
						file,
						line: d.range.start.line + 1,
						column: d.range.start.character + 1,
						code: d.code === undefined ? 'syntax' : String(d.code),
						message: d.message.replace(/\n\s*/g, ' '), // as engine/check/pyright.ts prints it
					}
				: null,
		// No `affected`: pyright tracks which files an edit affects, and answers "unchanged" for the others.
	};
}
