/**
 * The exception that ended a failed run, read from its stderr, so the failure report can name it above the last
 * lines (which, for a JVM, are only stack frames). Each runtime writes its own shape:
 * - Python: a traceback ends with the exception's line, and of a chain the last traceback is the one that ended the
 *   program. An ExceptionGroup nests each sub-exception's traceback in a box one level deeper (`  | `, `    | `),
 *   the sub-exceptions parted by `+---- 2 ----` lines.
 * - The JVM (under PySpark): an exception's line comes right above its `\tat` frames, its cause on a `Caused by:`.
 * - Node: an uncaught error's line comes under the source line it quotes and a caret, its cause as `[cause]: …`.
 */
import type { LanguageId } from '../../shared/languages.ts';

export interface ExceptionLine {
	/** `exception`, `JVM exception`, `JVM cause`, `cause`, or a sub-exception's number. */
	label: string;
	text: string;
	/** A sub-exception of the group above it. */
	nested: boolean;
}

const MAX_LENGTH = 500;
const MAX_SUB_EXCEPTIONS = 5;

export function exceptionLines(stderr: string, lang: LanguageId): ExceptionLine[] {
	const lines = stderr.split('\n');
	const found = lang === 'ts' ? nodeException(lines) : [...pythonException(lines), ...jvmException(lines)];
	return found.map((line) => ({ ...line, text: shorten(line.text) }));
}

const shorten = (text: string) => (text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text);

const TRACEBACK = /^(?:Exception Group )?Traceback \(most recent call last\):$/;
/** A line of an ExceptionGroup's box: two spaces a level, then `|` or `+` and a space, or `+-` for a separator. */
const BOX = /^((?: {2})+)[|+](?: (.*)|(-.*))$/;

function pythonException(lines: string[]): ExceptionLine[] {
	const raised: Array<{ depth: number; text: string; part: number }> = [];
	const open = new Set<number>(); // the box depths whose traceback has not reached its exception yet
	let part = 0;
	for (const line of lines) {
		const box = BOX.exec(line);
		if (box?.[3] !== undefined) {
			part++; // `+---- 2 ----`: the next sub-exception
			continue;
		}
		const depth = box ? box[1]!.length / 2 : 0;
		const text = box ? (box[2] ?? '') : line;
		if (TRACEBACK.test(text)) open.add(depth);
		else if (open.has(depth) && /^\S/.test(text)) {
			raised.push({ depth, text, part });
			open.delete(depth);
		}
	}
	// The exception that ended the program: a plain one (depth 0) or a group (its own line is in its box, depth 1).
	const last = raised.findLastIndex((r) => r.depth <= 1);
	if (last === -1) return [];
	const top = raised[last]!;
	// Of each sub-exception's tracebacks (a chain), the last one's line.
	const subs = new Map<number, string>();
	for (const r of raised.slice(last + 1)) if (r.depth === top.depth + 1) subs.set(r.part, r.text);
	const shown = [...subs.values()].slice(0, MAX_SUB_EXCEPTIONS);
	return [
		{ label: 'exception', text: top.text, nested: false },
		...shown.map((text, i) => ({ label: String(i + 1), text, nested: true })),
		...(subs.size > shown.length ? [{ label: '…', text: `and ${subs.size - shown.length} more`, nested: true }] : []),
	];
}

const JAVA_EXCEPTION = /^(?:Exception in thread "[^"]*" |: )?((?:[\w$]+\.)+[\w$]+(?::.*)?)$/;
const JAVA_FRAME = /^\tat /;

function jvmException(lines: string[]): ExceptionLine[] {
	const aboveFrames = (i: number) => JAVA_FRAME.test(lines[i + 1] ?? '');
	const found: ExceptionLine[] = [];
	const exception = lines.findIndex((line, i) => aboveFrames(i) && JAVA_EXCEPTION.test(line));
	if (exception !== -1)
		found.push({ label: 'JVM exception', text: JAVA_EXCEPTION.exec(lines[exception]!)![1]!, nested: false });
	const cause = lines.findIndex((line, i) => aboveFrames(i) && line.startsWith('Caused by: '));
	if (cause !== -1) found.push({ label: 'JVM cause', text: lines[cause]!.slice('Caused by: '.length), nested: false });
	return found;
}

function nodeException(lines: string[]): ExceptionLine[] {
	// Under the caret: `file:///…/x.ts:5`, the source line, `      ^`, a blank line, then the error.
	const caret = lines.findIndex((line) => /^\s*\^+\s*$/.test(line));
	let error = caret === -1 ? -1 : lines.findIndex((line, i) => i > caret && line.trim() !== '');
	// Without one (an error printed by the program itself), the line right above its first frame.
	if (error === -1) error = lines.findIndex((line, i) => /^\S/.test(line) && /^\s+at /.test(lines[i + 1] ?? ''));
	if (error === -1) return [];
	const found: ExceptionLine[] = [{ label: 'exception', text: lines[error]!, nested: false }];
	const cause = lines.slice(error + 1).find((line) => /^\s*\[cause\]: /.test(line));
	if (cause) found.push({ label: 'cause', text: cause.replace(/^\s*\[cause\]: /, ''), nested: false });
	return found;
}
