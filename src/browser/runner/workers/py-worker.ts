/**
 * Runs Python programs on Pyodide in this Web Worker. Pyodide is loaded from this site's own files on the first
 * run, with its bytes counted for the progress bar and kept in the browser's Cache Storage, so other pages (and
 * later visits) start it without downloading again. The worker stays alive between runs: a second run costs only
 * the program's own time.
 */
import type { PyodideAssets } from '../../../shared/pyodide-assets.ts';
import { workerOutput, type RunEvent, type WorkerMessage } from '../worker-output.ts';
import harness from './pyodide-harness.py?raw';

export interface PyRunRequest {
	source: string;
	fileName: string;
	maxOutputChars: number;
	/** The Pyodide files, and the absolute URL of their folder. */
	pyodide: PyodideAssets & { url: string };
}

interface Pyodide {
	version: string;
	runPython(code: string): unknown;
	runPythonAsync(code: string, options?: { globals?: unknown }): Promise<unknown>;
	FS: { mkdirTree(path: string): void; writeFile(path: string, data: string): void };
	setStdout(options: { write(bytes: Uint8Array): number }): void;
	setStderr(options: { write(bytes: Uint8Array): number }): void;
	globals: { set(name: string, value: unknown): void };
}

/**
 * The Python this worker runs: its harness once, as Pyodide starts (a checked `.py`, bundled as text: CPython's
 * blocking sleep, asyncio.run with CPython's rules, and the asyncio task recorder), then for each program `run`
 * and `events`. Exported for the test that runs them on CPython (tests/browser/runner/workers/).
 */
export const PYTHON = {
	harness,
	run: 'await run_program(_program_source, _program_file)',
	events: 'task_events()',
} as const;

/** The recorder's JSON (`task_events()`) as the runner's events. */
export function taskEvents(json: string): RunEvent[] {
	const records = JSON.parse(json) as Array<[string, string, number, number, string]>;
	return records.map(([, name, start, end, outcome]) => ({ kind: 'task', name, start, end, outcome }));
}

const post = (message: WorkerMessage) => globalThis.postMessage(message);
const nativeSetTimeout = globalThis.setTimeout.bind(globalThis);

let pyodide: Promise<Pyodide> | undefined;
let label = '';

globalThis.onmessage = (event: MessageEvent<PyRunRequest>) => void run(event.data);

async function run({ source, fileName, maxOutputChars, pyodide: assets }: PyRunRequest): Promise<void> {
	let py: Pyodide;
	try {
		py = await (pyodide ??= load(assets));
	} catch (error) {
		// Said to the reader with the step and the file: "loading Pyodide: Could not load …/pyodide.asm.wasm: HTTP 404".
		pyodide = undefined;
		post({ type: 'failed', step: 'loading Pyodide', detail: error instanceof Error ? error.message : String(error) });
		return;
	}
	post({ type: 'ready', label });
	const out = workerOutput(
		post,
		maxOutputChars,
		() => performance.now(),
		(f) => nativeSetTimeout(f, 0)
	);
	const decoders = { stdout: new TextDecoder(), stderr: new TextDecoder() };
	for (const stream of ['stdout', 'stderr'] as const) {
		const write = (bytes: Uint8Array) => {
			out.write(stream, decoders[stream].decode(bytes, { stream: true }));
			return bytes.length;
		};
		if (stream === 'stdout') py.setStdout({ write });
		else py.setStderr({ write });
	}
	post({ type: 'started' });
	// On Pyodide's in-memory file system too, so tracebacks and warnings quote its lines as CPython does.
	const file = `/home/pyodide/${fileName}`;
	py.FS.mkdirTree('/home/pyodide');
	py.FS.writeFile(file, source);
	py.globals.set('_program_source', source);
	py.globals.set('_program_file', file);
	// Through runPythonAsync, so asyncio.run() can suspend (JSPI) inside the program.
	const code = await py.runPythonAsync(PYTHON.run);
	out.flush();
	post({ type: 'events', events: taskEvents(String(py.runPython(PYTHON.events))) });
	post({ type: 'exit', code: Number(code) });
}

async function load(assets: PyRunRequest['pyodide']): Promise<Pyodide> {
	const total = assets.files.reduce((sum, file) => sum + file.bytes, 0);
	let loaded = 0;
	let lastPost = 0;
	const progress = (bytes: number) => {
		loaded += bytes;
		if (performance.now() - lastPost > 50 || loaded >= total) {
			lastPost = performance.now();
			post({ type: 'progress', loaded: Math.min(loaded, total), total });
		}
	};
	const cache = await globalThis.caches?.open(`pyodide-${assets.version}`).catch(() => undefined);
	const nativeFetch = globalThis.fetch.bind(globalThis);
	const fetchCounted = async (url: string): Promise<Response> => {
		let response = await cache?.match(url);
		if (!response) {
			response = await nativeFetch(url);
			if (!response.ok) throw new Error(`Could not load ${url}: HTTP ${response.status}`);
			if (cache) void cache.put(url, response.clone()).catch(() => {});
		}
		const counter = new TransformStream<Uint8Array, Uint8Array>({
			transform(chunk, controller) {
				progress(chunk.byteLength);
				controller.enqueue(chunk);
			},
		});
		return new Response(response.body!.pipeThrough(counter), { status: 200, headers: response.headers });
	};
	// Pyodide fetches the runtime, standard library and lock file itself: count those bytes, and cache them.
	globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
		const url = new URL(input instanceof Request ? input.url : String(input), assets.url).href;
		return url.startsWith(assets.url) ? fetchCounted(url) : nativeFetch(input, init);
	};
	// The two JavaScript files are imported, not fetched: fetch (counted, cached) and import them from blobs.
	const importCounted = async (name: string) => {
		const text = await (await fetchCounted(assets.url + name)).text();
		return import(/* @vite-ignore */ URL.createObjectURL(new Blob([text], { type: 'text/javascript' })));
	};
	const [{ loadPyodide }, asm] = await Promise.all([importCounted('pyodide.mjs'), importCounted('pyodide.asm.mjs')]);
	const py: Pyodide = await loadPyodide({
		indexURL: assets.url,
		createPyodideModule: asm.default,
		env: { PYTHONUNBUFFERED: '1' },
		stdin: () => null,
	});
	py.runPython(PYTHON.harness);
	const cpython = String(py.runPython('import sys; sys.version.split()[0]'));
	label = `Pyodide ${py.version} (CPython ${cpython}), in your browser`;
	return py;
}
