/**
 * The Python the Pyodide worker runs (src/browser/runner/workers/pyodide-harness.py, bundled as text): type-checked
 * by pyright as the examples are, and run on CPython exactly as the worker runs it (its `PYTHON` lines), with a
 * stand-in for Pyodide's `pyodide.webloop`: the events the challenges judge a reader's run by.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/engine/check/diagnostic.ts';
import { typecheckPy } from '../../../../src/engine/check/pyright.ts';
import { findPython } from '../../../../src/engine/toolchain/runtimes.ts';
import { PYTHON, taskEvents } from '../../../../src/browser/runner/workers/py-worker.ts';
import { ROOT } from '../../../helpers/examples-dir.ts';

const HARNESS = path.join(ROOT, 'src', 'browser', 'runner', 'workers', 'pyodide-harness.py');

/**
 * Runs the worker's harness, then a program through the worker's own lines, on the asyncio loop of a CPython
 * (Pyodide's runPythonAsync runs on its loop too). Pyodide's `_orig_sleep` is a stand-in named so.
 */
const DRIVER = `
import asyncio, ast, json, sys, time, types
given = json.load(sys.stdin)
pyodide, webloop = types.ModuleType("pyodide"), types.ModuleType("pyodide.webloop")
_sleep = time.sleep
def _orig_sleep(seconds: float) -> None:
    _sleep(seconds)
webloop._orig_sleep = _orig_sleep
pyodide.webloop = webloop
sys.modules.update({"pyodide": pyodide, "pyodide.webloop": webloop})
g = {}
exec(given["harness"], g)
g.update(_program_source=given["source"], _program_file="/home/pyodide/program.py")
run = compile(given["run"], "<run>", "eval", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
code = asyncio.new_event_loop().run_until_complete(eval(run, g))
sys.stdout.flush()
print("\\n" + json.dumps({"code": code, "events": eval(given["events"], g)}))
`;

async function runOnCpython(source: string) {
	const python = await findPython(ROOT);
	const result = spawnSync(python.path, ['-c', DRIVER], {
		input: JSON.stringify({ ...PYTHON, source }),
		encoding: 'utf8',
		timeout: 30_000,
	});
	expect(result.status, result.stderr).toBe(0);
	const lines = result.stdout.trimEnd().split('\n');
	const { code, events } = JSON.parse(lines.pop()!) as { code: number; events: string };
	return { code, events: taskEvents(events), stdout: lines.join('\n').trimEnd(), stderr: result.stderr };
}

describe("the Pyodide worker's harness", () => {
	it('passes pyright in strict mode, as every example does', async () => {
		const python = await findPython(ROOT);
		const found = await typecheckPy([HARNESS], path.join(ROOT, 'examples'), ROOT, python.path);
		expect(found.map(formatDiagnostic)).toEqual([]);
	});

	it('records each task of the program with its start, end and outcome, and not the program itself', async () => {
		const { code, events, stdout } = await runOnCpython(
			[
				'import asyncio, time',
				'async def wait(seconds: float) -> None:',
				'    await asyncio.sleep(seconds)',
				'async def fail() -> None:',
				'    raise ValueError("no")',
				'a = asyncio.create_task(wait(0.15), name="wait a")',
				'b = asyncio.create_task(wait(0.05), name="wait b")',
				'stuck = asyncio.create_task(wait(10), name="stuck")',
				'fails = asyncio.create_task(fail(), name="fails")',
				'await asyncio.gather(a, b)',
				'stuck.cancel()',
				'await asyncio.gather(stuck, fails, return_exceptions=True)',
				'print(time.sleep.__name__)',
			].join('\n')
		);
		expect(code).toBe(0);
		// CPython's blocking sleep, not Pyodide's own.
		expect(stdout).toBe('_orig_sleep');
		expect(events.map((e) => `${e.kind} ${e.name}: ${e.outcome}`)).toEqual([
			'task fails: raised ValueError',
			'task wait b: returned',
			'task wait a: returned',
			'task stuck: cancelled',
		]);
		const ms = Object.fromEntries(events.map((e) => [e.name, e]));
		for (const e of events) expect(e.start).toBeLessThan(50);
		expect(ms['wait a']!.end - ms['wait a']!.start).toBeGreaterThanOrEqual(145);
		expect(ms['wait b']!.end - ms['wait b']!.start).toBeGreaterThanOrEqual(45);
		expect(ms['wait b']!.end).toBeLessThan(ms['wait a']!.end);
	});

	it("gives the program's exit code, and a traceback that starts in the program", async () => {
		expect((await runOnCpython('raise SystemExit(3)')).code).toBe(3);
		const failed = await runOnCpython('def f() -> None:\n    raise KeyError("k")\nf()\n');
		expect(failed.code).toBe(1);
		expect(failed.stderr).toBe(
			[
				'Traceback (most recent call last):',
				'  File "/home/pyodide/program.py", line 3, in <module>',
				'  File "/home/pyodide/program.py", line 2, in f',
				"KeyError: 'k'",
				'',
			].join('\n')
		);
		expect(failed.events).toEqual([]);
	});
});
