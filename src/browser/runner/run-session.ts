/**
 * Starts a program in a Web Worker and guards the page against it: a time limit that terminates the worker, an
 * output cap, and output handed over in batches. TypeScript gets a fresh worker per run; Python keeps one worker
 * per page (Pyodide loaded once) unless a run had to be killed.
 */
import type { LanguageId } from '../../shared/languages.ts';
import type { PyodideAssets } from '../../shared/pyodide-assets.ts';
import type { OutputText, WorkerMessage } from './worker-output.ts';

declare const __PYODIDE_ASSETS__: PyodideAssets;

/** A program still running after this long is stopped. */
export const TIME_LIMIT_MS = 10_000;
/** Output beyond this many characters stops the program. */
export const MAX_OUTPUT_CHARS = 64 * 1024;

export interface RunHandlers {
	progress(loaded: number, total: number): void;
	ready(label: string): void;
	output(chunks: OutputText[]): void;
	end(result: { exitCode: number | null; stopped?: string }): void;
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
	const finish = (result: { exitCode: number | null; stopped?: string }, kill: boolean) => {
		if (over) return;
		over = true;
		clearTimeout(timer);
		worker.onmessage = worker.onerror = null;
		if (lang === 'py' && !kill && !idlePython) idlePython = worker;
		else worker.terminate();
		handlers.end(result);
	};
	worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
		if (data.type === 'progress') handlers.progress(data.loaded, data.total);
		else if (data.type === 'ready') handlers.ready(data.label);
		else if (data.type === 'output') handlers.output(data.chunks);
		else if (data.type === 'exit') finish({ exitCode: data.code }, false);
		else if (data.type === 'capped') {
			finish({ exitCode: null, stopped: `stopped: it printed more than ${MAX_OUTPUT_CHARS / 1024} KiB` }, true);
		} else if (data.type === 'started') {
			timer = setTimeout(
				() => finish({ exitCode: null, stopped: `stopped: still running after ${TIME_LIMIT_MS / 1000} s` }, true),
				TIME_LIMIT_MS
			);
		}
	};
	worker.onerror = (event) => {
		event.preventDefault();
		finish({ exitCode: null, stopped: `the runner failed: ${event.message || 'could not start'}` }, true);
	};
	const base = new URL(import.meta.env.BASE_URL.replace(/\/?$/, '/'), location.href).href;
	const pyodide = { ...__PYODIDE_ASSETS__, url: base + __PYODIDE_ASSETS__.dir };
	worker.postMessage({ source, fileName, maxOutputChars: MAX_OUTPUT_CHARS, pyodide });
	return { stop: () => finish({ exitCode: null, stopped: 'stopped by you' }, true) };
}
