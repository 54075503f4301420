/**
 * Every sandbox level runs, for each mechanism a sandbox changes, the cheapest example that uses it, and those print
 * what their committed transcripts say. A level changes a program's network (loopback), its processes (a PID
 * namespace, /proc, what a kill reaches) and /dev/shm: what breaks at a weaker level breaks a whole mechanism (without
 * loopback every Spark program failed, not one), so one example each finds it: 58 s for all three levels from an
 * empty cache, where the 71 examples that use one took 214 s at the two weaker levels. CI runs all three levels (a
 * level this machine lacks fails there); elsewhere, the levels the machine offers. The whole site at one level:
 * `EXAMPLES_SANDBOX=namespaces npm run build`.
 *
 * Runs share the project's examples cache, whose key holds the sandbox level: the real-site build's runs at `bwrap`
 * are reused rather than made twice, and every other level runs its programs itself the first time.
 */
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/drivers/build-examples.ts';
import { engineConfig } from '../../../src/engine/config.ts';
import { discoverExamples, type ExampleSource } from '../../../src/engine/discover/discover.ts';
import { EXPECTED_SECONDS } from '../../../src/engine/drivers/expected-cost.ts';
import { isCi } from '../../../src/engine/env.ts';
import { availableSandboxLevels, SANDBOX_LEVELS } from '../../../src/engine/run/sandbox.ts';
import { recordingEffects, ROOT } from '../../helpers/examples-dir.ts';

type Uses = (example: ExampleSource) => boolean;
const inPython =
	(pattern: RegExp): Uses =>
	(example) =>
		example.programs.some((p) => p.lang === 'py' && pattern.test(p.source));
const inNode =
	(module: string): Uses =>
	(example) =>
		example.programs.some((p) => p.lang === 'ts' && new RegExp(`['"]node:${module}['"]`).test(p.source));
const onEngine =
	(engine: string, pattern = /(?:)/): Uses =>
	(example) =>
		example.meta.engine === engine && inPython(pattern)(example);

/** What a sandbox level changes, and how to tell that an example uses it. */
const MECHANISMS: Record<string, Uses> = {
	'asyncio streams over loopback': inPython(/\b(start_server|open_connection)\b/),
	sockets: inPython(/\bsocket\b/),
	subprocesses: inPython(/\bsubprocess\b/),
	"asyncio's subprocesses": inPython(/\bcreate_subprocess_exec\b/),
	'multiprocessing (its semaphores live in /dev/shm)': inPython(/\bmultiprocessing\b/),
	'process pools': inPython(/\bProcessPoolExecutor\b/),
	"Node's child processes": inNode('child_process'),
	"Node's cluster": inNode('cluster'),
	"Spark's JVM and its Python workers": onEngine('spark', /\b(udf|parallelize|rdd|mapPartitions|foreach)\b/),
	"Spark's local-cluster executors": onEngine('spark', /local-cluster/),
	'a Beam pipeline': onEngine('beam'),
	"Beam's worker processes": onEngine('beam', /multi_processing/),
	'the locked packages': onEngine('packages'),
};

const cost = (example: ExampleSource) => EXPECTED_SECONDS[example.meta.engine ?? 'standard'] * example.programs.length;

const config = engineConfig(ROOT, process.env);
const all = await discoverExamples(config.examplesDir, ROOT);
const cheapestFirst = all.toSorted((a, b) => cost(a) - cost(b) || (a.id < b.id ? -1 : 1));
const chosen = Object.fromEntries(
	Object.entries(MECHANISMS).map(([mechanism, uses]) => [mechanism, cheapestFirst.find(uses)?.id])
);
const selection = [...new Set(Object.values(chosen).filter((id) => id !== undefined))].sort();

const levels = isCi(process.env) ? SANDBOX_LEVELS : availableSandboxLevels();

describe.each(levels)('the sandbox at level %s', (level) => {
	it('runs an example of each mechanism as its committed transcript says', async () => {
		expect(availableSandboxLevels(), `CI runs the examples at every level; this machine lacks ${level}`).toContain(
			level
		);
		const { effects } = recordingEffects();
		const { examples } = await buildExamples(
			{ ...config, only: selection, sandbox: level, transcripts: 'check' },
			effects
		);
		expect(examples.map((e) => e.id).sort()).toEqual(selection);
		// Locally, an engine program this machine cannot run (no Java, no .venv) shows its transcript; CI refuses that.
		const ran = examples.flatMap((e) => e.programs).filter((p) => !p.notRun);
		expect(ran.length).toBeGreaterThan(0);
	}, 1_800_000);
});

it('finds an example for every mechanism, and not the whole site', () => {
	// A mechanism no example matches any more (an API renamed, an example removed) would drop out of this test unseen.
	expect(Object.entries(chosen).filter(([, id]) => id === undefined)).toEqual([]);
	expect(selection.length).toBeLessThan(all.length / 10);
});
