/**
 * Checks every Python example in one pass with pyright (syntax and types, strict), against the interpreter that
 * will run them, and returns every diagnostic.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { execTool } from '../toolchain/exec-tool.ts';

const require = createRequire(import.meta.url);
const PYRIGHT = path.join(path.dirname(require.resolve('pyright/package.json')), 'index.js');

export const PYRIGHT_VERSION: string = require('pyright/package.json').version;

interface PyrightReport {
	generalDiagnostics: Array<{
		file: string;
		severity: 'error' | 'warning' | 'information';
		message: string;
		rule?: string;
		range: { start: { line: number; character: number } };
	}>;
}

export async function typecheckPy(
	files: string[],
	examplesDir: string,
	root: string,
	pythonPath: string
): Promise<Diagnostic[]> {
	if (!files.length) return [];
	const config = path.join(examplesDir, 'pyrightconfig.json');
	const args = [PYRIGHT, '--outputjson', '--pythonpath', pythonPath, '-p', config, ...files];
	const { stdout, stderr } = await execTool(process.execPath, args, root);
	let report: PyrightReport;
	try {
		report = JSON.parse(stdout) as PyrightReport;
	} catch (error) {
		throw new Error(`pyright did not report: ${stderr || stdout}`, { cause: error });
	}
	return report.generalDiagnostics
		.filter((d) => d.severity === 'error')
		.map((d) => ({
			file: path.relative(root, d.file),
			line: d.range.start.line + 1,
			column: d.range.start.character + 1,
			code: d.rule ?? 'syntax',
			message: d.message.replace(/\n\s*/g, ' '),
		}));
}
