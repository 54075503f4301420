/**
 * Every sandbox level runs the site's hardest programs and prints what their committed transcripts say: the
 * programs that use what a sandbox changes (loopback, /proc, child processes, process pools) and every engine
 * program (Spark's JVM and its Python workers, local-cluster's executors, Beam's workers). CI runs all three levels
 * (a level this machine lacks fails there); elsewhere, the levels the machine offers.
 *
 * Runs share the project's examples cache, whose key holds the sandbox level: the real-site build's runs at `bwrap`
 * are reused rather than made twice, and every other level runs its programs itself the first time.
 */
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { engineConfig } from '../../../src/engine/config.ts';
import { discoverExamples, type ExampleSource } from '../../../src/engine/discover/discover.ts';
import { isCi } from '../../../src/engine/env.ts';
import { availableSandboxLevels, SANDBOX_LEVELS } from '../../../src/engine/run/sandbox.ts';
import { recordingEffects, ROOT } from '../../helpers/examples-dir.ts';

/** What a sandbox level changes for a program: its network, its processes, its view of /proc. */
const PY_HARD =
	/\b(socket|start_server|open_connection|subprocess|create_subprocess_exec|multiprocessing|ProcessPoolExecutor)\b/;
const TS_HARD = /['"]node:(child_process|cluster|net)['"]/;

const isHardest = (example: ExampleSource) =>
	!!example.meta.engine || example.programs.some((p) => (p.lang === 'py' ? PY_HARD : TS_HARD).test(p.source));

const config = engineConfig(ROOT, process.env);
const all = await discoverExamples(config.examplesDir, ROOT);
const hardest = all.filter(isHardest).map((e) => e.id);
const levels = isCi(process.env) ? SANDBOX_LEVELS : availableSandboxLevels();

describe.each(levels)('the sandbox at level %s', (level) => {
	it("runs the site's hardest programs as their committed transcripts say", async () => {
		expect(availableSandboxLevels(), `CI runs the examples at every level; this machine lacks ${level}`).toContain(
			level
		);
		const { effects } = recordingEffects();
		const { examples } = await buildExamples(
			{ ...config, only: hardest, sandbox: level, transcripts: 'check' },
			effects
		);
		expect(examples.map((e) => e.id).sort()).toEqual(hardest);
		// Locally, an engine program this machine cannot run (no Java, no .venv) shows its transcript; CI refuses that.
		const ran = examples.flatMap((e) => e.programs).filter((p) => !p.notRun);
		expect(ran.length).toBeGreaterThan(0);
	}, 1_800_000);
});

it('picks streams, subprocesses, pools and every Spark and Beam program', () => {
	expect(hardest).toEqual(expect.arrayContaining(['streams-echo', 'streams-drain', 'subprocesses-communicate']));
	expect(hardest).toEqual(
		expect.arrayContaining(['processes-pool-order', 'pyspark-local-cluster', 'beam-running-modes'])
	);
	// A selection, not the whole site: a pattern that matched everything would make this suite a second full build.
	expect(hardest.length).toBeLessThan(all.length / 2);
});
