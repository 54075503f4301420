/**
 * Type-checks every TypeScript example in one pass with the native TypeScript compiler (tsc 7), using the strict
 * `tsconfig.json` of the examples folder, and returns every diagnostic.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Diagnostic } from './diagnostic.ts';
import { execTool } from '../toolchain/exec-tool.ts';

const require = createRequire(import.meta.url);
/** The compiler's launcher: it replaces itself with the native `tsc` binary (execve). */
export const TSC = path.join(path.dirname(require.resolve('typescript/package.json')), 'bin', 'tsc');

export const TYPESCRIPT_VERSION: string = require('typescript/package.json').version;
/** The Node API types the examples are checked against. */
export const TYPES_NODE_VERSION: string = require('@types/node/package.json').version;

/** `examples/a/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.` */
const LINE = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

export async function typecheckTs(examplesDir: string, root: string): Promise<Diagnostic[]> {
	const config = path.relative(root, path.join(examplesDir, 'tsconfig.json'));
	const { code, stdout, stderr } = await execTool(process.execPath, [TSC, '-p', config, '--pretty', 'false'], root);
	const diagnostics: Diagnostic[] = [];
	for (const line of stdout.split('\n')) {
		const match = LINE.exec(line);
		if (match) {
			const [, file, row, column, tsCode, message] = match;
			diagnostics.push({ file: file!, line: +row!, column: +column!, code: tsCode!, message: message! });
		} else if (/^\s/.test(line) && diagnostics.length) {
			diagnostics.at(-1)!.message += `\n${line}`; // a message's continuation lines
		}
	}
	if (code !== 0 && !diagnostics.length) {
		throw new Error(`tsc -p ${config} failed without a diagnostic:\n${stdout}${stderr}`);
	}
	return diagnostics;
}
