/**
 * Runs Python programs on Pyodide in this Web Worker. Pyodide is loaded from this site's own files on the first
 * run, with its bytes counted for the progress bar and kept in the browser's Cache Storage, so other pages (and
 * later visits) start it without downloading again. The worker stays alive between runs: a second run costs only
 * the program's own time.
 */
import type { PyodideAssets } from '../../../shared/pyodide-assets.ts';
import { workerOutput, type WorkerMessage } from '../worker-output.ts';

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

const post = (message: WorkerMessage) => globalThis.postMessage(message);
const nativeSetTimeout = globalThis.setTimeout.bind(globalThis);

/**
 * Pyodide's own `time.sleep` suspends through JSPI and lets the event loop run on, which would make the
 * "a blocking call freezes the loop" examples lie: CPython's sleep really blocks. `_orig_sleep` is CPython's,
 * which on Emscripten waits without yielding, so the loop (and this worker) freezes for the time asked.
 */
const SETUP = `
import ast, asyncio, inspect, sys, time, traceback
import pyodide.webloop
time.sleep = pyodide.webloop._orig_sleep

_program_task = None
_webloop_run = asyncio.run

def _run(main, *, debug=None, loop_factory=None):
    """asyncio.run on the browser's loop, with CPython's rules: not inside a coroutine, main is Task-1, and the
    tasks main leaves behind are cancelled and awaited before it returns (else they would print into the next run)."""
    if asyncio.current_task() is not _program_task:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")

    async def main_then_cancel_the_rest():
        try:
            return await main
        finally:
            rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and t is not _program_task]
            for task in rest:
                task.cancel()
            await asyncio.gather(*rest, return_exceptions=True)

    return _webloop_run(asyncio.get_event_loop().create_task(main_then_cancel_the_rest(), name="Task-1"))

asyncio.run = _run

async def _run_program(source, filename):
    global _program_task
    _program_task = asyncio.current_task()
    try:
        code = compile(source, filename, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, dont_inherit=True)
        result = eval(code, {"__name__": "__main__"})
        if inspect.iscoroutine(result):
            await result
        return 0
    except SystemExit as exit:
        if exit.code is None or isinstance(exit.code, int):
            return exit.code or 0
        print(exit.code, file=sys.stderr)
        return 1
    except BaseException as error:
        # The first frame is this function's own: a reader's traceback starts in their program.
        traceback.print_exception(type(error), error, error.__traceback__.tb_next if error.__traceback__ else None)
        return 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
`;

let pyodide: Promise<Pyodide> | undefined;
let label = '';

globalThis.onmessage = (event: MessageEvent<PyRunRequest>) => void run(event.data);

async function run({ source, fileName, maxOutputChars, pyodide: assets }: PyRunRequest): Promise<void> {
	const py = await (pyodide ??= load(assets));
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
	const code = await py.runPythonAsync('await _run_program(_program_source, _program_file)');
	out.flush();
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
	py.runPython(SETUP);
	const cpython = String(py.runPython('import sys; sys.version.split()[0]'));
	label = `Pyodide ${py.version} (CPython ${cpython}), in your browser`;
	return py;
}
