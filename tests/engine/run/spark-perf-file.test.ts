/**
 * Below bubblewrap (the `namespaces` level) every run has its own PID namespace but the machine's /tmp. Two Spark
 * runs side by side then start JVMs with the same small pids, and a JVM whose /tmp/hsperfdata_<user>/<pid> file is
 * held by the other printed "Cannot use file … because it is locked by another process": a transcript that differs
 * with what runs beside it (CI's sandbox-levels test caught it). Here another process holds the files of every low
 * pid, as a second run's JVMs would, and a Spark run must print what its committed transcript says. Needs the
 * project's .venv, Java 17+ and unprivileged user namespaces; about 8 s of CPU.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { describe, expect, it, onTestFinished } from 'vitest';
import { discoverExamples } from '../../../src/engine/discover/discover.ts';
import { planBuild } from '../../../src/engine/plan/plan.ts';
import { runExample } from '../../../src/engine/run/run-sandboxed.ts';
import { availableSandboxLevels } from '../../../src/engine/run/sandbox.ts';
import { spark } from '../../../src/engine/run/engines/spark.ts';
import { formatTranscript } from '../../../src/engine/transcripts/format.ts';
import { findEngineEnv } from '../../../src/engine/toolchain/engine-env.ts';
import { addEngineFixtures, linkVenv } from '../../helpers/engine-env.ts';
import { examplesDirWith, ROOT } from '../../helpers/examples-dir.ts';

const env = await findEngineEnv(ROOT);
const runs = spark.missing(env) === null && availableSandboxLevels().includes('namespaces');

/** The JVMs run as root inside the namespace (--map-root-user), so their perf files are /tmp/hsperfdata_root/<pid>. */
const PERF_DIR = '/tmp/hsperfdata_root';
const LOW_PIDS = 256;

/**
 * A process holding an exclusive flock (what HotSpot takes) on the perf file of every pid below LOW_PIDS, until its
 * stdin closes; it removes the files it made and leaves alone the ones it found (another JVM's, or not lockable).
 */
const HOLD_LOCKS = `
import fcntl, os, sys
os.makedirs(${JSON.stringify(PERF_DIR)}, exist_ok=True)
made, held = [], []
for pid in range(1, ${LOW_PIDS}):
    name = os.path.join(${JSON.stringify(PERF_DIR)}, str(pid))
    existed = os.path.exists(name)
    fd = os.open(name, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        held.append(fd)
    except OSError:
        os.close(fd)
    if not existed:
        made.append(name)
print(len(held), flush=True)
sys.stdin.read()
for name in made:
    os.unlink(name)
`;

async function holdLowPidPerfFiles(): Promise<number> {
	const holder = spawn('python3', ['-c', HOLD_LOCKS], { stdio: ['pipe', 'pipe', 'inherit'] });
	onTestFinished(async () => {
		holder.stdin.end();
		if (holder.exitCode === null) await once(holder, 'exit');
	});
	const [first] = (await once(holder.stdout, 'data')) as [Buffer];
	return Number(first.toString().trim());
}

describe.runIf(runs)('a Spark run at the namespaces level', () => {
	it('prints what its transcript says while another run holds the perf files of the same pids', async () => {
		const dirs = await examplesDirWith([]);
		await addEngineFixtures(dirs, ['spark-sum']);
		await linkVenv(dirs.root);
		expect(await holdLowPidPerfFiles()).toBeGreaterThan(LOW_PIDS / 2);

		const examples = await discoverExamples(dirs.examplesDir, dirs.root);
		const { programs } = await planBuild(examples, dirs.root, 'namespaces');
		const run = await runExample(programs[0]!);

		expect(formatTranscript(run)).toBe(await readFile(`${programs[0]!.program.file}.out`, 'utf8'));
	}, 90_000);
});
