/** Dev mode: a broken example shows its error in place of its output, never its last good output as current. */
import { EventEmitter } from 'node:events';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ExampleResultSchema, type ExampleResult } from '../../../src/engine/model/example-result.ts';
import { errorForExample } from '../../../src/engine/dev/dev-errors.ts';
import { devCheckers } from '../../../src/engine/check/warm/dev-checkers.ts';
import { examplesLoader } from '../../../src/astro/examples-loader.ts';
import { examplesDirWith } from '../../helpers/examples-dir.ts';

function devContext(root: string) {
	// The loader starts warm checkers in dev mode: stopped with the test (else with the test process).
	onTestFinished(() => devCheckers(path.join(root, 'examples'), root).stop());
	const entries = new Map<string, ExampleResult>();
	const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
	const context = {
		store: {
			keys: () => [...entries.keys()],
			set: (entry: { id: string; data: ExampleResult }) => void entries.set(entry.id, entry.data),
			delete: (id: string) => void entries.delete(id),
		},
		logger: { info: () => {}, error: () => {} },
		config: { root: pathToFileURL(`${root}/`) },
		watcher,
		generateDigest: (data: unknown) => JSON.stringify(data),
		parseData: async ({ data }: { data: unknown }) => ExampleResultSchema.parse(data),
	} as unknown as LoaderContext;
	return { context, entries, watcher };
}

describe('errorForExample', () => {
	it("keeps an example's own diagnostics, with the heading", () => {
		const message = [
			'2 error(s) in examples, nothing was run:',
			'examples/a/a.ts:1:7 TS2322 Type …',
			'examples/b/b.py:2:1 reportX …',
		].join('\n');
		expect(errorForExample(message, 'a')).toBe(
			'2 error(s) in examples, nothing was run:\nexamples/a/a.ts:1:7 TS2322 Type …'
		);
	});

	it("keeps an example's own failed-run report", () => {
		const message =
			'2 examples failed:\n\nexample "a" (examples/a/a.ts) exited with code 1\n  shown on: x\n\nexample "b" (examples/b/b.ts) timed out';
		expect(errorForExample(message, 'b')).toBe('2 examples failed:\n\nexample "b" (examples/b/b.ts) timed out');
	});

	it('says an example was not run because of the others, with their errors', () => {
		expect(errorForExample('1 error(s) in examples, nothing was run:\nexamples/a/a.ts:1:1 TS1', 'c')).toBe(
			'This example was not run, because of errors in others (nothing runs until every example checks):\n1 error(s) in examples, nothing was run:\nexamples/a/a.ts:1:1 TS1'
		);
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
