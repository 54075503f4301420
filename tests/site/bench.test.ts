/**
 * `npm run bench` (scripts/bench/), which nothing else runs: its quick mode, every measurement once and small, so that
 * no part of it rots unseen as the site changes (the engine programs once stopped its dev re-check), and its JSON line
 * keeps the fields issue 28 will judge speed by. A few minutes: builds of a generated site, a dev server, Lighthouse.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';

it('runs quickly and prints its JSON line with every figure measured', () => {
	const bench = spawnSync(process.execPath, [path.join(ROOT, 'scripts/bench/bench.ts'), '--quick'], {
		cwd: ROOT,
		encoding: 'utf8',
		timeout: 900_000,
	});
	expect(bench.status, bench.stderr.slice(-4000)).toBe(0); // quick mode judges no target
	const line = JSON.parse(bench.stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;
	expect(Object.keys(line).sort()).toEqual(
		[
			'mode',
			'cold_s',
			'warm_s',
			'off_s',
			'warm_over_off',
			'warm_engine_s',
			'off_engine_s',
			'warm_html_mb',
			'off_html_mb',
			'warm_ran',
			'example_stage_s',
			'example_cpu_s',
			'longest_example_s',
			'floor_s',
			'stage_over_floor',
			'stage_target_s',
			'typecheck_s',
			'typecheck_ts_s',
			'typecheck_py_s',
			'per_example_overhead_ms',
			'dev_edit_s',
			'dev_edit_example_run_s',
			'js_kb_article',
			'lighthouse',
			'lighthouse_benchmark_index',
			'heaviest_article',
			'growth',
			'warm_ms_per_example_marginal',
			'install_s',
			'node_modules_mb',
			'venv_mb',
			'fresh_build_s',
			'test_s',
			'tests',
			'slowest_test_files',
			'targets_met',
		].sort()
	);
	expect(line).toMatchObject({ mode: 'quick', warm_ran: 0, targets_met: expect.any(Boolean) });
	// A quick bench makes no fresh clone: its npm test would run this bench again.
	expect(line).toMatchObject({ install_s: null, test_s: null, tests: null });
	const figures = [
		'cold_s',
		'warm_s',
		'off_s',
		'warm_engine_s',
		'warm_html_mb',
		'off_html_mb',
		'example_stage_s',
		'longest_example_s',
		'typecheck_ts_s',
		'typecheck_py_s',
		'dev_edit_s',
		'dev_edit_example_run_s',
		'js_kb_article',
		'lighthouse_benchmark_index',
	];
	for (const figure of figures) expect(line[figure], figure).toBeGreaterThan(0);
	const overhead = line.per_example_overhead_ms as { ts: number; py: number };
	expect(overhead.ts).toBeGreaterThan(0);
	expect(overhead.py).toBeGreaterThan(0);
	const score = expect.any(Number) as unknown;
	const scores = { performance: score, accessibility: score, best_practices: score, seo: score };
	expect(line.lighthouse).toEqual({ home: scores, article: scores });
	expect(line.heaviest_article).toMatch(/^\/.+\/$/);
	const growth = line.growth as Array<Record<string, number>>;
	expect(growth.map((g) => g.examples)).toEqual([2, 4]);
	for (const g of growth)
		for (const figure of ['cold_s', 'warm_s', 'warm_ms_per_example']) expect(g[figure]).toBeGreaterThan(0);
}, 900_000);
