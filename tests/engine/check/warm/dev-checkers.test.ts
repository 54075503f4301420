/**
 * Dev mode's warm checkers (dev-checkers.ts): the same diagnostics as the one-pass checkers, from one server per
 * language that is reused between checks, replaced when its config changes or it dies, and stopped with its owner.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { devCheckers } from '../../../../src/engine/check/warm/dev-checkers.ts';
import { formatDiagnostic } from '../../../../src/engine/check/diagnostic.ts';
import { findPython } from '../../../../src/engine/toolchain/runtimes.ts';
import { typecheckPy } from '../../../../src/engine/check/pyright.ts';
import { typecheckTs } from '../../../../src/engine/check/tsc.ts';
import { alive, examplesDirWith, ROOT } from '../../../helpers/examples-dir.ts';
import { addEngineFixtures, hasVenv } from '../../../helpers/engine-env.ts';

// The one-pass TypeScript checker, counted: which path answered a check (one-pass or a server) is then asserted, not
// inferred from equal diagnostics.
vi.mock(import('../../../../src/engine/check/tsc.ts'), async (importOriginal) => {
	const original = await importOriginal();
	return { ...original, typecheckTs: vi.fn(original.typecheckTs) };
});

/** The server's answer on a loaded 2-core machine: a start and a first full check take seconds. */
const WAIT = { timeout: 120_000, interval: 100 };

async function setUp(cases: string[]) {
	const dirs = await examplesDirWith(cases);
	const checkers = devCheckers(dirs.examplesDir, dirs.root);
	onTestFinished(() => checkers.stop());
	const python = (await findPython(dirs.root)).path;
	const pyFiles = cases.map((id) => path.join(dirs.examplesDir, id, `${id}.py`));
	const program = (id: string, ext: string) => path.join(dirs.examplesDir, id, `${id}.${ext}`);
	const check = {
		ts: async () => (await checkers.ts(dirs.examplesDir, dirs.root)).map(formatDiagnostic),
		py: async () => (await checkers.py(pyFiles, dirs.examplesDir, dirs.root, python)).map(formatDiagnostic),
	};
	const onePass = {
		ts: async () => (await typecheckTs(dirs.examplesDir, dirs.root)).map(formatDiagnostic),
		py: async () => (await typecheckPy(pyFiles, dirs.examplesDir, dirs.root, python)).map(formatDiagnostic),
	};
	return { ...dirs, checkers, check, onePass, program };
}

// A TypeScript error whose message has continuation lines (an elaboration), and pyright's multi-line messages.
const TS_BROKEN = [
	"const n: number = 'x';",
	'const f: (a: string) => void = (a: number) => console.log(a);',
	'f(String(n));',
	'',
].join('\n');
const PY_BROKEN = [
	'def twice(x: int) -> int:',
	'    return x * 2',
	'',
	'print(twice("4"))',
	'def f(y):',
	'    pass',
	'',
].join('\n');

describe('devCheckers', { timeout: 300_000 }, () => {
	it('reports what the one-pass checkers report, for a broken file and once it is fixed, from the same servers', async () => {
		const { checkers, check, onePass, program } = await setUp(['ok', 'interleave']);
		await checkers.warmUp();
		expect(await check.ts()).toEqual([]);
		expect(await check.py()).toEqual([]);
		const pids = checkers.pids();
		expect(pids).toHaveLength(2);

		const ts = program('ok', 'ts');
		const py = program('ok', 'py');
		const [tsGood, pyGood] = [await readFile(ts, 'utf8'), await readFile(py, 'utf8')];
		await writeFile(ts, TS_BROKEN);
		await writeFile(py, PY_BROKEN);
		const brokenTs = await check.ts();
		const brokenPy = await check.py();
		expect(brokenTs).toEqual(await onePass.ts());
		expect(brokenPy).toEqual(await onePass.py());
		// Not vacuous: both found the errors, elaborations included.
		expect(brokenTs).toHaveLength(2);
		expect(brokenTs[1]).toBe(
			"examples/ok/ok.ts:2:7 TS2322 Type '(a: number) => void' is not assignable to type '(a: string) => void'.\n" +
				"  Types of parameters 'a' and 'a' are incompatible.\n" +
				"    Type 'string' is not assignable to type 'number'."
		);
		expect(brokenPy.some((line) => line.includes('reportArgumentType'))).toBe(true);
		expect(brokenPy.some((line) => line.includes('reportMissingParameterType'))).toBe(true);

		await writeFile(ts, tsGood);
		await writeFile(py, pyGood);
		expect(await check.ts()).toEqual([]);
		expect(await check.py()).toEqual([]);
		expect(await onePass.ts()).toEqual([]);
		// Every check above went to the two servers started first.
		expect(checkers.pids()).toEqual(pids);
	});

	it.runIf(hasVenv)(
		'keeps a server per interpreter: the engine programs on .venv beside the others, neither restarting the other',
		async () => {
			const { checkers, check, examplesDir, root } = await setUp(['ok']);
			await addEngineFixtures({ examplesDir, root } as never, ['anyio-group']);
			const engineFile = path.join(examplesDir, 'anyio-group', 'anyio-group.py');
			const venvPython = path.join(ROOT, '.venv', 'bin', 'python');
			const checkEngine = async () =>
				(await checkers.py([engineFile], examplesDir, root, venvPython)).map(formatDiagnostic);
			await checkers.warmUp();
			expect(await check.py()).toEqual([]);
			expect(await checkEngine()).toEqual([]);
			const pids = checkers.pids();
			expect(pids).toHaveLength(3);
			// A build checks both at once, on every save.
			for (let i = 0; i < 2; i++) expect(await Promise.all([check.py(), checkEngine()])).toEqual([[], []]);
			await writeFile(
				engineFile,
				(await readFile(engineFile, 'utf8')).replace('anyio.sleep(delay)', 'anyio.sleep(str(delay))')
			);
			const [plain, engine] = await Promise.all([check.py(), checkEngine()]);
			expect(plain).toEqual([]);
			expect(engine).toEqual([
				expect.stringMatching(
					/^examples\/anyio-group\/anyio-group\.py:\d+:\d+ reportArgumentType Argument of type "str"/
				),
			]);
			expect(checkers.pids()).toEqual(pids);
		}
	);

	it('sees a new example and a deleted one', async () => {
		const { checkers, check, examplesDir } = await setUp(['ok']);
		await checkers.warmUp();
		expect(await check.ts()).toEqual([]);
		const file = path.join(examplesDir, 'late', 'late.ts');
		await mkdir(path.dirname(file));
		await writeFile(file, "const late: number = 'x';\nconsole.log(late);\n");
		expect(await check.ts()).toEqual([
			"examples/late/late.ts:1:7 TS2322 Type 'string' is not assignable to type 'number'.",
		]);
		await rm(path.dirname(file), { recursive: true });
		expect(await check.ts()).toEqual([]);
	});

	it("starts a new server when a checker's config changes, and honours the new config", async () => {
		const { checkers, check, examplesDir, program } = await setUp(['ok']);
		await checkers.warmUp();
		expect(await check.py()).toEqual([]);
		const before = checkers.pids();
		await writeFile(program('ok', 'py'), 'def f(y):\n    return y\n\nprint(f(1))\n');
		expect((await check.py()).some((line) => line.includes('reportMissingParameterType'))).toBe(true);

		// Basic mode does not ask for parameter types.
		const config = path.join(examplesDir, 'pyrightconfig.json');
		const strict = await readFile(config, 'utf8');
		await writeFile(config, strict.replace('"strict"', '"basic"'));
		expect(await check.py()).toEqual([]);
		await writeFile(config, strict);
		expect((await check.py()).some((line) => line.includes('reportMissingParameterType'))).toBe(true);
		const after = checkers.pids();
		expect(after).toHaveLength(2);
		expect(after).not.toEqual(before);
	});

	it('answers through the one-pass checker when its server died, and starts a new one', async () => {
		const { checkers, check, program } = await setUp(['ok']);
		await checkers.warmUp();
		expect(await check.ts()).toEqual([]);
		const [tsPid, pyPid] = checkers.pids();
		process.kill(tsPid!, 'SIGKILL');
		await vi.waitFor(() => expect(checkers.pids()).not.toContain(tsPid), WAIT);
		await writeFile(program('ok', 'ts'), "const n: number = 'x';\nconsole.log(n);\n");
		const expected = ["examples/ok/ok.ts:1:7 TS2322 Type 'string' is not assignable to type 'number'."];
		const onePassRuns = vi.mocked(typecheckTs).mock.calls.length;
		expect(await check.ts()).toEqual(expected);
		expect(vi.mocked(typecheckTs).mock.calls.length, 'answered by the one-pass checker').toBe(onePassRuns + 1);
		const newPid = checkers.pids().find((pid) => pid !== pyPid);
		expect(newPid).toBeDefined();
		expect(newPid).not.toBe(tsPid);
		expect(await check.ts()).toEqual(expected);
		expect(vi.mocked(typecheckTs).mock.calls.length, 'answered by the new server').toBe(onePassRuns + 1);
		expect(checkers.pids(), 'the same new server').toContain(newPid);
		expect(checkers.pids()).toHaveLength(2);
		expect(checkers.pids()).not.toContain(tsPid);
	});
});

/** Starts a process that owns warm checkers (tests/helpers/dev-checkers-owner.ts) and returns their pids. */
async function ownerWithServers(examplesDir: string, root: string) {
	const owner = spawn(
		process.execPath,
		[path.join(ROOT, 'tests', 'helpers', 'dev-checkers-owner.ts'), examplesDir, root],
		{
			stdio: ['pipe', 'pipe', 'inherit'],
		}
	);
	onTestFinished(() => void owner.kill('SIGKILL'));
	let out = '';
	owner.stdout.on('data', (d: Buffer) => (out += d));
	await vi.waitFor(() => expect(out).toMatch(/\n/), WAIT);
	const pids = JSON.parse(out) as number[];
	expect(pids).toHaveLength(2);
	expect(pids.every(alive)).toBe(true);
	return { owner, pids };
}

describe('warm checker servers stop with the process that started them', { timeout: 300_000 }, () => {
	it('when it exits', async () => {
		const { examplesDir, root } = await examplesDirWith(['ok']);
		const { owner, pids } = await ownerWithServers(examplesDir, root);
		owner.stdin.end('exit\n');
		await vi.waitFor(() => expect(pids.filter(alive)).toEqual([]), WAIT);
	});

	it('when it is killed (SIGKILL: no exit handler runs; the servers see their input close)', async () => {
		const { examplesDir, root } = await examplesDirWith(['ok']);
		const { owner, pids } = await ownerWithServers(examplesDir, root);
		owner.kill('SIGKILL');
		await vi.waitFor(() => expect(pids.filter(alive)).toEqual([]), WAIT);
	});
});
