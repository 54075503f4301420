/**
 * Starts a program in a Web Worker and guards the page against it: a time limit that terminates the worker, an
 * output cap, and output handed over in batches. TypeScript gets a fresh worker per run; Python keeps one worker
 * per page (Pyodide loaded once) unless a run had to be killed.
 */
import type { LanguageId } from '../../shared/languages.ts';
import type { PyodideAssets } from '../../shared/pyodide-assets.ts';
import { joinBase } from '../../shared/with-base.ts';
import type { OutputText, RunEvent, WorkerMessage } from './worker-output.ts';

declare const __PYODIDE_ASSETS__: PyodideAssets;

/** A program still running after this long is stopped. */
export const TIME_LIMIT_MS = 10_000;
/** A runner that shows no sign of life for this long while starting (no byte of Pyodide, no start) has failed. */
export const START_STALL_MS = 60_000;
/** Output beyond this many characters stops the program. */
export const MAX_OUTPUT_CHARS = 64 * 1024;

export interface RunHandlers {
	progress(loaded: number, total: number): void;
	ready(label: string): void;
	output(chunks: OutputText[]): void;
	end(result: RunEnd): void;
	/** What the run did in time (tasks, spans), just before it ends. */
	events?(events: RunEvent[]): void;
}

export interface RunEnd {
	exitCode: number | null;
	stopped?: string;
	/** The runner could not start: a retry may work. */
	failed?: boolean;
}

let idlePython: Worker | undefined;

const newWorker = (lang: LanguageId) =>
	lang === 'ts'
		? new Worker(new URL('./workers/ts-worker.ts', import.meta.url), { type: 'module', name: 'typescript-runner' })
		: new Worker(new URL('./workers/py-worker.ts', import.meta.url), { type: 'module', name: 'pyodide-runner' });

export function runInBrowser(
	lang: LanguageId,
	source: string,
	fileName: string,
	handlers: RunHandlers
): { stop(): void } {
	const worker = lang === 'py' && idlePython ? idlePython : newWorker(lang);
	if (worker === idlePython) idlePython = undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let over = false;
	const finish = (result: RunEnd, kill: boolean) => {
		if (over) return;
		over = true;
		clearTimeout(timer);
		worker.onmessage = worker.onerror = null;
		if (lang === 'py' && !kill && !idlePython) idlePython = worker;
		else worker.terminate();
		handlers.end(result);
	};
	// Until the program starts, every sign of life (a byte of Pyodide arriving) restarts the stall timer.
	const step = lang === 'py' ? 'loading Pyodide' : 'starting the TypeScript worker';
	const stalled = () => {
		clearTimeout(timer);
		timer = setTimeout(
			() =>
				finish(
					{
						exitCode: null,
						stopped: `the runner failed ${step}: nothing happened for ${START_STALL_MS / 1000} s`,
						failed: true,
					},
					true
				),
			START_STALL_MS
		);
	};
	stalled();
	worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
		if (data.type === 'progress') {
			handlers.progress(data.loaded, data.total);
			// Once every byte is in, starting Pyodide is CPU-bound (a minute on a loaded machine): no stall timer.
			if (data.loaded >= data.total) clearTimeout(timer);
			else stalled();
		} else if (data.type === 'ready') {
			clearTimeout(timer);
			handlers.ready(data.label);
		} else if (data.type === 'output') handlers.output(data.chunks);
		else if (data.type === 'events') handlers.events?.(data.events);
		else if (data.type === 'exit') finish({ exitCode: data.code }, false);
		else if (data.type === 'failed') {
			finish({ exitCode: null, stopped: `the runner failed ${data.step}: ${data.detail}`, failed: true }, true);
		} else if (data.type === 'capped') {
			finish({ exitCode: null, stopped: `stopped: it printed more than ${MAX_OUTPUT_CHARS / 1024} KiB` }, true);
		} else if (data.type === 'started') {
			clearTimeout(timer);
			timer = setTimeout(
				() => finish({ exitCode: null, stopped: `stopped: still running after ${TIME_LIMIT_MS / 1000} s` }, true),
				TIME_LIMIT_MS
			);
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		// A worker whose script did not load reports no message: say which one it was.
		const what = lang === 'ts' ? 'the TypeScript worker (typescript-runner)' : 'the Python worker (pyodide-runner)';
		const detail = event.message || `its script did not load${event.filename ? ` (${event.filename})` : ''}`;
		finish({ exitCode: null, stopped: `the runner failed starting ${what}: ${detail}`, failed: true }, true);
	};
	const url = new URL(joinBase(import.meta.env.BASE_URL, __PYODIDE_ASSETS__.dir), location.href).href;
	const pyodide = { ...__PYODIDE_ASSETS__, url };
	worker.postMessage({ source, fileName, maxOutputChars: MAX_OUTPUT_CHARS, pyodide });
	return { stop: () => finish({ exitCode: null, stopped: 'stopped by you' }, true) };
}
