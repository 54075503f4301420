/**
 * A type-checker kept running between dev-mode edits: a language server (pyright's, or TypeScript 7's) that holds
 * every example file open, so a re-check after an edit costs the changed file, not a cold start. Before each check
 * the files on disk are compared with what the server holds, and only the differences are sent; the server never
 * reads an example from disk itself, so it cannot answer for an older version of a file.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '../diagnostic.ts';
import { startLspClient, type LspClient } from './lsp-client.ts';

/** What differs between the checkers: how to start one, and how to read its diagnostics. */
export interface WarmCheckerSpec {
	/** `tsc`, `pyright`: for messages. */
	name: string;
	/** The LSP language id of the files. */
	languageId: string;
	/** Extension of the files it checks and keeps open. */
	extension: string;
	command: string;
	args: string[];
	/** Answers `workspace/configuration`: one settings object per requested section. */
	settings?: (section: string) => unknown;
	/** The one-pass checker's Diagnostic for an LSP diagnostic, or null for what it does not report. */
	toDiagnostic(lsp: LspDiagnostic, file: string): Diagnostic | null;
	/**
	 * The files whose diagnostics may have changed with these edits, or null for every file (the default: for a
	 * server that itself knows what an edit affects and answers "unchanged" for the rest).
	 */
	affected?(edits: FileEdit[], files: string[], exampleOf: (file: string) => string): string[] | null;
}

/** A file that changed since the last check: its text before and after (undefined: it did not exist). */
export interface FileEdit {
	file: string;
	before?: string;
	after?: string;
}

export interface LspDiagnostic {
	range: { start: { line: number; character: number } };
	/** 1 error, 2 warning, 3 information, 4 hint. */
	severity?: number;
	code?: number | string;
	message: string;
}

export interface WarmChecker {
	/** The spec's name: `tsc`, `pyright`. */
	readonly name: string;
	/** The diagnostics of these files (absolute paths; default: every file it holds), as they are on disk now. */
	check(files?: string[]): Promise<Diagnostic[]>;
	/** The server's process id (tests check that it is reused, and stopped). */
	readonly pid: number | undefined;
	/** Resolves with a line saying why, if the server exits. */
	readonly exited: Promise<string>;
	stop(): Promise<void>;
	/** Kills the server at once (synchronous: for a process's `exit` event). */
	kill(): void;
}

interface PulledReport {
	kind: 'full' | 'unchanged';
	resultId?: string;
	items?: LspDiagnostic[];
}

/** Starts the server on the examples folder; `check` waits for it to be ready. */
export function startWarmChecker(spec: WarmCheckerSpec, examplesDir: string, root: string): WarmChecker {
	const client: LspClient = startLspClient({
		command: spec.command,
		args: spec.args,
		cwd: root,
		onRequest: (method, params) =>
			method === 'workspace/configuration'
				? (params as { items: Array<{ section?: string }> }).items.map((i) => spec.settings?.(i.section ?? '') ?? {})
				: null,
	});
	const uri = (file: string) => pathToFileURL(file).href;
	const rootUri = uri(examplesDir);
	const ready = client
		.request('initialize', {
			processId: process.pid, // a server that outlives its owner notices and exits
			rootUri,
			workspaceFolders: [{ uri: rootUri, name: path.basename(examplesDir) }],
			capabilities: {
				// Pull diagnostics: a request answers once that file is checked, so a check knows when it is done.
				textDocument: { diagnostic: { dynamicRegistration: true }, synchronization: {} },
				workspace: { configuration: true, workspaceFolders: true },
			},
		})
		.then(() => client.notify('initialized', {}));

	/** What the server holds: file → text and version. */
	const open = new Map<string, { text: string; version: number }>();
	/** The last report per file, reused when the server says it is unchanged. */
	const reports = new Map<string, { resultId?: string; diagnostics: Diagnostic[] }>();
	let queue: Promise<unknown> = Promise.resolve();

	/** Sends the server every difference between disk and what it holds; returns them. */
	const sync = async (): Promise<FileEdit[]> => {
		const names = await readdir(examplesDir, { recursive: true });
		const onDisk = new Map<string, string>();
		for (const name of names) {
			// Folders the engine skips (discover.ts) are skipped; files such as `__init__.py` are not.
			const folders = name.split(path.sep).slice(0, -1);
			if (!name.endsWith(spec.extension) || folders.some((f) => /^[._]|^node_modules$/.test(f))) continue;
			const file = path.join(examplesDir, name);
			const text = await readFile(file, 'utf8').catch(() => null); // deleted since readdir
			if (text !== null) onDisk.set(file, text);
		}
		const changed: FileEdit[] = [];
		const events: Array<{ uri: string; type: number }> = [];
		for (const [file, text] of onDisk) {
			const held = open.get(file);
			if (held?.text === text) continue;
			changed.push({ file, before: held?.text, after: text });
			if (!held) {
				open.set(file, { text, version: 1 });
				client.notify('textDocument/didOpen', {
					textDocument: { uri: uri(file), languageId: spec.languageId, version: 1, text },
				});
				events.push({ uri: uri(file), type: 1 });
			} else {
				const version = held.version + 1;
				open.set(file, { text, version });
				client.notify('textDocument/didChange', {
					textDocument: { uri: uri(file), version },
					contentChanges: [{ text }],
				});
				events.push({ uri: uri(file), type: 2 });
			}
		}
		for (const [file, held] of [...open].filter(([f]) => !onDisk.has(f))) {
			changed.push({ file, before: held.text });
			open.delete(file);
			reports.delete(file);
			client.notify('textDocument/didClose', { textDocument: { uri: uri(file) } });
			events.push({ uri: uri(file), type: 3 });
		}
		// Also as file events: a server builds its list of a project's files from disk, not from open documents.
		if (events.length) client.notify('workspace/didChangeWatchedFiles', { changes: events });
		return changed;
	};

	const pull = async (file: string) => {
		const previous = reports.get(file);
		const report = await client.request<PulledReport>('textDocument/diagnostic', {
			textDocument: { uri: uri(file) },
			...(previous?.resultId ? { previousResultId: previous.resultId } : {}),
		});
		if (report.kind === 'unchanged' && previous) return;
		const shown = path.relative(root, file);
		const diagnostics = (report.items ?? []).flatMap((d) => spec.toDiagnostic(d, shown) ?? []);
		reports.set(file, { resultId: report.resultId, diagnostics });
	};

	const checkNow = async (files?: string[]) => {
		await ready;
		const edits = await sync();
		const exampleOf = (file: string) => path.relative(examplesDir, file).split(path.sep)[0]!;
		const affected = spec.affected?.(edits, [...open.keys()], exampleOf) ?? null;
		// A file deleted since the engine listed it has nothing to report.
		const wanted = files ? files.filter((f) => open.has(f)) : [...open.keys()].sort();
		const stale = affected ? new Set(affected) : null;
		await Promise.all(wanted.filter((f) => !reports.has(f) || !stale || stale.has(f)).map(pull));
		return wanted.flatMap((f) => reports.get(f)!.diagnostics);
	};

	return {
		// One check at a time: two would interleave their edits to the server's files.
		check(files) {
			const result = queue.then(() => checkNow(files));
			queue = result.catch(() => {});
			return result;
		},
		name: spec.name,
		pid: client.process.pid,
		exited: client.exited,
		stop: () => client.stop(),
		kill: () => void client.process.kill('SIGKILL'),
	};
}
