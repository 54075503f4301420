/** Dev mode: a broken example shows its error in place of its output, never its last good output as current. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { changedExamples } from '../../../src/engine/dev/dev-session.ts';
import { errorForExample } from '../../../src/engine/dev/dev-errors.ts';
import { ExampleBuildError, UserError } from '../../../src/engine/errors.ts';
import { devCheckers } from '../../../src/engine/check/warm/dev-checkers.ts';
import { examplesLoader } from '../../../src/astro/examples-loader.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';
import { fakeContext } from '../../helpers/fake-loader-context.ts';

function devContext(root: string) {
	// The loader starts warm checkers in dev mode: stopped with the test (else with the test process).
	onTestFinished(() => devCheckers(path.join(root, 'examples'), root).stop());
	const { context, entries, watcher } = fakeContext(root);
	return { context, entries: { get: (id: string) => entries.get(id)?.data }, watcher };
}

describe('errorForExample', () => {
	// The wording of a report never decides which page shows it: each message below names other examples too.
	const error = new ExampleBuildError('2 error(s) in examples, nothing was run:\n(both lists)', {
		byExample: new Map([
			['a', '2 error(s) in examples, nothing was run:\nexamples/a/a.ts:1:7 TS2322 Type … (see "b")'],
			['b', '2 error(s) in examples, nothing was run:\nexamples/b/b.py:2:1 reportX … (examples/a/)'],
		]),
	});

	it('shows an example its own part of the report, as the engine attributed it', () => {
		expect(errorForExample(error, 'a')).toBe(error.byExample.get('a'));
		expect(errorForExample(error, 'b')).toBe(error.byExample.get('b'));
	});

	it('says an example was not run because of the others, with their errors', () => {
		expect(errorForExample(error, 'c')).toBe(
			`This example was not run, because of errors in others (nothing runs until every example checks):\n${error.message}`
		);
	});

	it('shows every example an error about none of them (a missing python3)', () => {
		expect(errorForExample(new UserError('python3 was not found on PATH.'), 'a')).toBe(
			'python3 was not found on PATH.'
		);
	});
});

describe('changedExamples', () => {
	it("asks for a changed file's example, for all on a checker config at the top, for nothing outside", () => {
		expect(changedExamples('/x/examples', '/x/examples/gather/gather.py')).toEqual(['gather']);
		expect(changedExamples('/x/examples', '/x/examples/gather/data/in.txt')).toEqual(['gather']);
		expect(changedExamples('/x/examples', '/x/examples/tsconfig.json')).toBe('all');
		expect(changedExamples('/x/examples', '/x/content/page.mdx')).toBeNull();
		expect(changedExamples('/x/examples', '/x/examples')).toBeNull();
		// npm install writes .venv's stamp last; a new lock changes what the engine programs run with.
		expect(changedExamples('/x/examples', '/x/.venv/.lock-stamp', '/x')).toBe('all');
		expect(changedExamples('/x/examples', '/x/requirements.lock', '/x')).toBe('all');
		expect(changedExamples('/x/examples', '/x/.venv/lib/python3.13/site.py', '/x')).toBeNull();
	});
});

// Each change re-checks every example (tsc, pyright) and re-runs one: on a loaded machine that takes a while.
const WAIT = { timeout: 90_000 };

describe('examplesLoader in dev', { timeout: 300_000 }, () => {
	it('replaces the output of an example that stops checking with its error, and brings it back once fixed', async () => {
		const dirs = await examplesDirWith(['ok', 'interleave']);
		const { context, entries, watcher } = devContext(dirs.root);
		await examplesLoader().load(context);
		expect(entries.get('ok')!.programs).toHaveLength(2);

		const file = path.join(dirs.examplesDir, 'ok', 'ok.ts');
		await writeFile(file, "const n: number = 'x';\nconsole.log(n);\n");
		watcher.emit('change', file);
		await vi.waitFor(() => expect(entries.get('ok')!.error).toBeDefined(), WAIT);
		expect(entries.get('ok')!.programs).toEqual([]);
		expect(entries.get('ok')!.error).toContain("examples/ok/ok.ts:1:7 TS2322 Type 'string' is not assignable");
		// The other example keeps its (still current) output.
		expect(entries.get('interleave')!.programs).toHaveLength(2);

		await writeFile(file, "console.log('fixed');\n");
		watcher.emit('change', file);
		await vi.waitFor(() => expect(entries.get('ok')!.error).toBeUndefined(), WAIT);
		const ts = entries.get('ok')!.programs.find((p) => p.lang === 'ts')!;
		expect(ts.output[0]!.text).toBe('fixed\n');
	});

	it('shows a run that fails the same way: its report, not its last output', async () => {
		const dirs = await examplesDirWith(['ok']);
		const { context, entries, watcher } = devContext(dirs.root);
		await examplesLoader().load(context);
		const file = path.join(dirs.examplesDir, 'ok', 'ok.py');
		await writeFile(file, 'raise SystemExit("broken on purpose")\n');
		watcher.emit('change', file);
		await vi.waitFor(() => expect(entries.get('ok')!.error).toBeDefined(), WAIT);
		expect(entries.get('ok')!.error).toMatch(
			/^1 example failed:\n\nexample "ok" \(examples\/ok\/ok\.py\) exited with code 1/
		);
		expect(entries.get('ok')!.error).toContain('broken on purpose');
	});

	it('at start, a run that fails marks only its own example; the others show their output', async () => {
		const dirs = await examplesDirWith(['ok', 'nonzero-exit']);
		const { context, entries } = devContext(dirs.root);
		await examplesLoader().load(context);
		expect(entries.get('nonzero-exit')!.programs).toEqual([]);
		expect(entries.get('nonzero-exit')!.error).toMatch(/^1 example failed:\n\nexample "nonzero-exit"/);
		expect(entries.get('ok')!.error).toBeUndefined();
		expect(entries.get('ok')!.programs).toHaveLength(2);
	});
});
