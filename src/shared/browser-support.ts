/**
 * Decides, from a program's source, whether a reader's browser can really run it (TypeScript in a Web Worker,
 * Python on Pyodide) or whether the page may only replay the build's recorded run. Pure: no Node or DOM API, so the
 * build tags every program with it and the page warns about an edited program with the same rules.
 *
 * It errs on the side of "replay": a module that is not on an allow-list, or a call known to need threads,
 * processes or Node's own objects, makes the program replay-only, with the reason shown to the reader.
 */
import type { LanguageId } from './languages.ts';

export type BrowserSupport = { runsIn: 'browser' } | { runsIn: 'replay'; reason: string };

/** What the browser runner gives a TypeScript program from `node:timers/promises`. */
export const TS_TIMERS_EXPORTS = ['setTimeout', 'setImmediate'] as const;

/** Node-only globals (or browser ones that need cross-origin isolation) and why a browser lacks them. */
const TS_NODE_GLOBALS: Record<string, string> = {
	process: "Node's process object",
	Buffer: "Node's Buffer",
	require: 'CommonJS require',
	__dirname: 'a file path',
	__filename: 'a file path',
	global: "Node's global object",
	SharedArrayBuffer: 'shared memory (cross-origin isolation, which a static host cannot set)',
	Atomics: 'shared memory (cross-origin isolation, which a static host cannot set)',
};

/** Python modules that behave on Pyodide as on CPython for what examples do with them. */
const PY_BROWSER_MODULES = new Set([
	'__future__',
	'abc',
	'asyncio',
	'bisect',
	'collections',
	'contextlib',
	'contextvars',
	'copy',
	'dataclasses',
	'datetime',
	'decimal',
	'enum',
	'fractions',
	'functools',
	'heapq',
	'inspect',
	'io',
	'itertools',
	'json',
	'math',
	'operator',
	'random',
	're',
	'statistics',
	'string',
	'sys',
	'textwrap',
	'time',
	'traceback',
	'types',
	'typing',
	'warnings',
	'weakref',
]);

/** Modules known to need what a browser lacks, and what that is. */
const PY_BLOCKED_MODULES: Record<string, string> = {
	// Engine programs: replayed, never run in the browser.
	pyspark: 'Spark, which needs a JVM (Java 17+): only the build can run it',
	apache_beam: 'Apache Beam, which is not installed on Pyodide: only the build can run it',
	'asyncio.subprocess': 'child processes',
	threading: 'threads, which cannot start on Pyodide',
	multiprocessing: 'processes, which a browser cannot start',
	concurrent: 'a thread or process pool, which cannot start on Pyodide',
	subprocess: 'child processes',
	socket: 'network sockets',
	os: "the operating system's processes and files",
};

/** Names whose use needs a thread, a process, a socket or the program's folder. */
const PY_BLOCKED_NAMES: Record<string, string> = {
	to_thread: 'a thread (asyncio.to_thread)',
	run_in_executor: 'a thread or process pool (run_in_executor)',
	create_subprocess_exec: 'a child process',
	create_subprocess_shell: 'a child process',
	open_connection: 'a network socket',
	start_server: 'a network socket',
	__file__: "files beside the program (the browser has the program's text only)",
	__import__: 'modules chosen at run time',
	import_module: 'modules chosen at run time',
	// Pyodide's loop is shared by every program of the page and builds its tasks itself (3.14's webloop).
	set_task_factory: "a task factory of its own, which Pyodide's event loop does not take",
};

const replay = (reason: string): BrowserSupport => ({ runsIn: 'replay', reason });

export function browserSupport(lang: LanguageId, source: string): BrowserSupport {
	return lang === 'ts' ? tsSupport(source) : pySupport(source);
}

function tsSupport(source: string): BrowserSupport {
	const code = blankTs(source);
	// Import specifiers are strings, so they are read from the source at the positions the blanked code points at.
	const importRe =
		/\b(?:import|export)\s*(type\s+)?([\w*{}\s,$]*?)\s*(?:from\s*)?(['"])([^'"]*)\3|\bimport\s*\(\s*(['"`])([^'"`]*)\5/g;
	for (const match of source.matchAll(importRe)) {
		if (code.slice(match.index, match.index + 6) !== source.slice(match.index, match.index + 6)) continue; // in a comment or string
		const specifier = match[4] ?? match[6]!;
		if (match[1]) continue; // `import type` is erased
		if (specifier !== 'node:timers/promises' && specifier !== 'timers/promises') {
			return replay(`imports ${specifier}, which exists only in Node`);
		}
		const names = [...(match[2] ?? '').matchAll(/(?:^|[{,])\s*(?:type\s+)?(\w+)/g)].map((m) => m[1]!);
		const missing = names.find((name) => name !== 'type' && !(TS_TIMERS_EXPORTS as readonly string[]).includes(name));
		if (missing || /\*/.test(match[2] ?? '')) {
			return replay(
				`imports ${missing ?? '*'} from ${specifier}; the browser runner gives only ${TS_TIMERS_EXPORTS.join(', ')}`
			);
		}
	}
	if (/\bimport\s*\.\s*meta\b/.test(code)) return replay('uses import.meta (a file path), which exists only in Node');
	const timerMethod = /\.\s*(refresh|unref|ref|hasRef)\s*\(/.exec(code);
	if (timerMethod)
		return replay(`calls .${timerMethod[1]}() on a timer: Node's Timeout object, a browser's timers are numbers`);
	for (const [name, what] of Object.entries(TS_NODE_GLOBALS)) {
		if (new RegExp(`(?<![.\\w$])${name}(?![\\w$])(?!\\s*:(?!:))`).test(code)) return replay(`uses ${name}: ${what}`);
	}
	return { runsIn: 'browser' };
}

function pySupport(source: string): BrowserSupport {
	const code = blankPy(source);
	const modules: string[] = [];
	for (const line of code.split('\n')) {
		const from = /^\s*from\s+([\w.]+)\s+import\b/.exec(line);
		if (from) modules.push(from[1]!);
		const plain = /^\s*import\s+(.+)$/.exec(line);
		if (plain) modules.push(...plain[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!));
	}
	for (const module of modules) {
		const blocked = Object.keys(PY_BLOCKED_MODULES).find((m) => module === m || module.startsWith(`${m}.`));
		if (blocked) return replay(`imports ${module}: needs ${PY_BLOCKED_MODULES[blocked]}`);
		if (!PY_BROWSER_MODULES.has(module.split('.')[0]!)) {
			return replay(`imports ${module}, which is not on the list of modules known to work on Pyodide`);
		}
	}
	// Pyodide's asyncio.run runs on the browser's one event loop, which is always running: a program about the
	// life of asyncio.run's own loop (several runs, no loop outside them) would print something else.
	if ((code.match(/\basyncio\s*\.\s*run\s*\(/g) ?? []).length > 1) {
		return replay('calls asyncio.run more than once: in a browser there is one event loop, always running');
	}
	if (/\basyncio\s*\.\s*Runner\s*\(/.test(code)) {
		return replay('uses asyncio.Runner, an event loop of its own: in a browser there is one, always running');
	}
	for (const [name, what] of Object.entries(PY_BLOCKED_NAMES)) {
		if (new RegExp(`\\b${name}\\b`).test(code)) return replay(`uses ${name}: needs ${what}`);
	}
	const loopCall = loopCallOutsideCoroutines(code);
	if (loopCall) {
		return replay(`calls ${loopCall} outside a coroutine: in a browser the event loop is always running`);
	}
	return { runsIn: 'browser' };
}

/** A call that needs (or asks for) a running loop, made outside any `async def`, where CPython has no loop running. */
function loopCallOutsideCoroutines(code: string): string | undefined {
	let asyncDefIndent = -1;
	for (const line of code.split('\n')) {
		if (!line.trim()) continue;
		const indent = line.length - line.trimStart().length;
		if (asyncDefIndent >= 0 && indent <= asyncDefIndent) asyncDefIndent = -1;
		if (asyncDefIndent < 0 && /^\s*async\s+def\s/.test(line)) asyncDefIndent = indent;
		else if (asyncDefIndent < 0) {
			const call = /\b(get_running_loop|get_event_loop|create_task|ensure_future)\s*\(/.exec(line);
			if (call) return call[1];
		}
	}
	return undefined;
}

/** The TypeScript source with comments and string/template text replaced by spaces (lines and offsets kept). */
export function blankTs(source: string): string {
	let out = '';
	/** Brace depth of each open `${`, innermost last. */
	const templates: number[] = [];
	let depth = 0;
	let i = 0;
	const blankUntil = (end: number) => {
		out += source.slice(i, end).replace(/[^\n]/g, ' ');
		i = end;
	};
	const skipTemplateText = () => {
		let j = i + 1;
		while (j < source.length && source[j] !== '`' && !(source[j] === '$' && source[j + 1] === '{')) {
			j += source[j] === '\\' ? 2 : 1;
		}
		if (source[j] === '`') {
			blankUntil(j + 1);
		} else {
			blankUntil(j);
			out += '${';
			i += 2;
			templates.push(depth++);
		}
	};
	while (i < source.length) {
		const c = source[i]!;
		if (c === '/' && source[i + 1] === '/') blankUntil(indexOrEnd(source, '\n', i));
		else if (c === '/' && source[i + 1] === '*') blankUntil(indexOrEnd(source, '*/', i + 2) + 2);
		else if (c === '"' || c === "'") blankUntil(stringEnd(source, i, c));
		else if (c === '`') skipTemplateText();
		else if (c === '}' && templates.at(-1) === depth - 1) {
			templates.pop();
			depth--;
			// The template goes on after the substitution: `}` plays the part of the opening backtick.
			skipTemplateText();
		} else {
			if (c === '{') depth++;
			if (c === '}') depth--;
			out += c;
			i++;
		}
	}
	return out;
}

/** The Python source with comments and string text replaced by spaces (lines kept). */
export function blankPy(source: string): string {
	return source.replace(
		/#[^\n]*|[rbfuRBFU]{0,2}("""[\s\S]*?"""|'''[\s\S]*?'''|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*')/g,
		(text) => text.replace(/[^\n]/g, ' ')
	);
}

function indexOrEnd(source: string, needle: string, from: number): number {
	const at = source.indexOf(needle, from);
	return at === -1 ? source.length : at;
}

function stringEnd(source: string, start: number, quote: string): number {
	let j = start + 1;
	while (j < source.length && source[j] !== quote && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
	return j + 1;
}
