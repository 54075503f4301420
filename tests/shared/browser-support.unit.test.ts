import { describe, expect, it } from 'vitest';
import { blankPy, blankTs, browserSupport } from '../../src/shared/browser-support.ts';

const ts = (source: string) => browserSupport('ts', source);
const py = (source: string) => browserSupport('py', source);

describe('browserSupport: TypeScript', () => {
	it('runs a program that uses only timers, Promises and console in the browser', () => {
		const source = [
			"import { setTimeout as sleep, setImmediate } from 'node:timers/promises';",
			'const signal: AbortSignal = AbortSignal.timeout(100);',
			'await sleep(10, undefined, { signal });',
			'await setImmediate();',
			'console.log(`done ${performance.now() > 0}`);',
		].join('\n');
		expect(ts(source)).toEqual({ runsIn: 'browser' });
	});

	it('replays a program that imports any other module, saying which', () => {
		expect(ts("import { Worker } from 'node:worker_threads';")).toEqual({
			runsIn: 'replay',
			reason: 'imports node:worker_threads, which exists only in Node',
		});
		expect(ts("import {\n  fork,\n} from 'node:child_process';").runsIn).toBe('replay');
		expect(ts("const m = await import('node:fs');").runsIn).toBe('replay');
		expect(ts("import 'node:os';").runsIn).toBe('replay');
	});

	it('replays a program that takes from node:timers/promises what the runner does not give', () => {
		expect(ts("import { setInterval } from 'node:timers/promises';")).toMatchObject({
			runsIn: 'replay',
			reason: expect.stringContaining('imports setInterval from node:timers/promises'),
		});
		expect(ts("import timers from 'timers/promises';").runsIn).toBe('replay');
	});

	it("replays a program that uses Node's globals, shared memory or its own file", () => {
		expect(ts("process.on('exit', () => {});")).toEqual({
			runsIn: 'replay',
			reason: "uses process: Node's process object",
		});
		expect(ts('const b = Buffer.from("x");').runsIn).toBe('replay');
		expect(ts('const s = new SharedArrayBuffer(4);').runsIn).toBe('replay');
		expect(ts('console.log(`${process.argv[1]}`);').runsIn).toBe('replay');
		expect(ts('const url = import.meta.url;').runsIn).toBe('replay');
		expect(ts('const idle = setTimeout(f, 100);\nidle.refresh();')).toMatchObject({
			runsIn: 'replay',
			reason: expect.stringContaining('.refresh()'),
		});
	});

	it('ignores those names in comments, strings, properties and object keys, and erased type imports', () => {
		const source = [
			"import type { Worker } from 'node:worker_threads';",
			'// process.on would need Node',
			'/* Buffer */',
			"console.log('a child process', \"import { x } from 'node:fs'\");",
			'console.log(`the process ${1 + 1} `);',
			'const job = { process: 1 };',
			'console.log(job.process);',
		].join('\n');
		expect(ts(source)).toEqual({ runsIn: 'browser' });
	});
});

describe('browserSupport: Python', () => {
	it('runs an asyncio program that uses pure standard-library modules in the browser', () => {
		const source = 'import asyncio\nimport time\nfrom collections.abc import Iterable\n\nasyncio.run(main())\n';
		expect(py(source)).toEqual({ runsIn: 'browser' });
	});

	it('replays threads, processes and pools, saying why', () => {
		expect(py('import threading\n')).toEqual({
			runsIn: 'replay',
			reason: 'imports threading: needs threads, which cannot start on Pyodide',
		});
		expect(py('import multiprocessing as mp\n').runsIn).toBe('replay');
		expect(py('from concurrent.futures import (\n    ThreadPoolExecutor,\n)\n').runsIn).toBe('replay');
		expect(py('import asyncio, subprocess\n').runsIn).toBe('replay');
		expect(py('from asyncio.subprocess import PIPE\n').runsIn).toBe('replay');
	});

	it('replays engine programs (PySpark, Beam), saying what only the build has', () => {
		expect(py('from pyspark.sql import SparkSession\n')).toEqual({
			runsIn: 'replay',
			reason: 'imports pyspark.sql: needs Spark, which needs a JVM (Java 17+): only the build can run it',
		});
		expect(py('import apache_beam as beam\n').runsIn).toBe('replay');
	});

	it('replays a module not known to work, and calls that need a thread or the program folder', () => {
		expect(py('import pickle\n')).toMatchObject({ runsIn: 'replay', reason: expect.stringContaining('pickle') });
		expect(py('import asyncio\nawait asyncio.to_thread(f)\n')).toMatchObject({
			runsIn: 'replay',
			reason: 'uses to_thread: needs a thread (asyncio.to_thread)',
		});
		expect(py('loop.run_in_executor(None, f)\n').runsIn).toBe('replay');
		expect(py('from pathlib import Path\n').runsIn).toBe('replay');
		expect(py('print(__file__)\n').runsIn).toBe('replay');
		// Pyodide's shared loop rejects another task factory, and would keep it for the page's next programs.
		expect(py('asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)\n').runsIn).toBe('replay');
	});

	it('replays a program about the life of asyncio.run (run twice), which a browser has only one of', () => {
		expect(py('import asyncio\nasyncio.run(a())\nasyncio.run(b())\n')).toMatchObject({
			runsIn: 'replay',
			reason: expect.stringContaining('asyncio.run more than once'),
		});
		expect(py('import asyncio\n# asyncio.run(a())\nasyncio.run(b())\n').runsIn).toBe('browser');
	});

	it('replays a program that runs its own loop with asyncio.Runner, which a browser cannot give it', () => {
		expect(py('import asyncio\nwith asyncio.Runner() as runner:\n    runner.run(a())\n')).toMatchObject({
			runsIn: 'replay',
			reason: expect.stringContaining('asyncio.Runner'),
		});
	});

	it('replays a program that asks for the loop from plain code, where a browser always has one running', () => {
		const source = 'import asyncio\n\ndef running() -> bool:\n    try:\n        asyncio.get_running_loop()\n';
		expect(py(source)).toMatchObject({ runsIn: 'replay', reason: expect.stringContaining('get_running_loop') });
		const inCoroutine = 'import asyncio\n\nasync def main() -> None:\n    asyncio.create_task(job())\n';
		expect(py(inCoroutine).runsIn).toBe('browser');
	});

	it('ignores those names in comments and strings', () => {
		const source = '# import threading\nprint("to_thread needs a thread")\n"""\nimport os\n"""\nimport asyncio\n';
		expect(py(source)).toEqual({ runsIn: 'browser' });
	});
});

describe('blanking comments and strings', () => {
	it('keeps code, lines and offsets, including substitutions inside template literals', () => {
		const source = "a('x') // c\nb(`t ${c({ d: 1 })} u`) /* e */ f";
		const blank = blankTs(source);
		expect(blank).toHaveLength(source.length);
		expect(blank).toBe('a(   )     \nb(   ${c({ d: 1 })    )         f');
	});

	it('blanks Python comments and all string forms', () => {
		expect(blankPy('x = f\'{a}\' # no\ny = """\nz\n"""')).toBe('x =            \ny =    \n \n   ');
	});
});
