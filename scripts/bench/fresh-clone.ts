/**
 * What a contributor waits for on a fresh clone, as the README's commands do it: `npm ci` (npm's packages and the
 * `.venv`; what lands on disk), then the build `npm start` makes, then `npm test` after it. The clone holds what is
 * committed (HEAD), never this checkout's edits or caches. npm's and pip's download caches are the machine's: the
 * install time is that of a machine that has installed before, not of the network.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface FreshClone {
	install_s: number;
	/** On disk after the install, in MB. */
	node_modules_mb: number;
	venv_mb: number;
	build_s: number;
	test_s: number;
	tests: { passed: number; failed: number; skipped: number };
	/** The test files that took longest, in seconds, longest first: where the suite's time goes. */
	slowest_test_files: Record<string, number>;
}

/** Runs `command` in `cwd`: how long it took, its exit status and the end of its output. */
async function timed(cwd: string, command: string[], env: NodeJS.ProcessEnv) {
	const started = performance.now();
	let log = '';
	const status = await new Promise<number | null>((resolve, reject) => {
		const child = spawn(command[0]!, command.slice(1), { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
		const keep = (data: Buffer) => void (log = (log + data).slice(-8000));
		child.stdout.on('data', keep);
		child.stderr.on('data', keep);
		child.on('error', reject);
		child.on('close', resolve);
	});
	return { seconds: (performance.now() - started) / 1000, status, log };
}

/** As `timed`, for a step the rest needs: its failure ends the measurement, with the end of its output. */
async function mustRun(cwd: string, command: string[], env: NodeJS.ProcessEnv): Promise<number> {
	const { seconds, status, log } = await timed(cwd, command, env);
	if (status !== 0) throw new Error(`${command.join(' ')} in ${cwd} failed (${status}):\n${log.slice(-4000)}`);
	return seconds;
}

/** Megabytes `du` counts under `dir` (hard links and all, as the disk holds them). */
async function megabytes(dir: string): Promise<number> {
	let out = '';
	await new Promise<void>((resolve, reject) => {
		const du = spawn('du', ['-sm', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
		du.stdout.on('data', (data: Buffer) => (out += data));
		du.on('error', reject);
		du.on('close', () => resolve());
	});
	return Number(out.split('\t')[0]);
}

export interface VitestReport {
	numPassedTests: number;
	numFailedTests: number;
	numPendingTests: number;
	testResults: Array<{ name: string; startTime: number; endTime: number }>;
}

/**
 * The test files that took longest, in seconds, longest first. A file's time runs from the moment a worker was free
 * for it (the last end of another file before its own start, or the run's start) to its own end: vitest's own start
 * time comes after the file's import and its `beforeAll`, which left out, e.g., the reader checks' visits to every
 * page (157 s, of which vitest counted 84). Where two files run side by side (tests/vitest.config.ts), the other
 * worker's file may have ended later than this worker's: the figure is then too small, never below the file's own
 * span. The first file of a project also carries the project's global setup (a build).
 */
export function slowestFiles(
	files: VitestReport['testResults'],
	root: string,
	count = 10
): Array<readonly [string, number]> {
	const runStart = Math.min(...files.map((f) => f.startTime));
	const ends = files.map((f) => f.endTime);
	return files
		.map((f) => {
			const free = Math.max(runStart, ...ends.filter((end) => end <= f.startTime));
			return [path.relative(root, f.name), Math.round((f.endTime - free) / 100) / 10] as const;
		})
		.toSorted((a, b) => b[1] - a[1])
		.slice(0, count);
}

export async function measureFreshClone(root: string, step: (what: string) => void): Promise<FreshClone> {
	const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-clone-'));
	// A contributor's shell: no CI (it would install the version matrix and refuse transcripts), the clone's own cache.
	const { CI: _ci, EXAMPLES_CACHE_DIR: _cache, NODE_ENV: _mode, ...env } = process.env;
	try {
		await mustRun(root, ['git', 'clone', '--quiet', '--no-hardlinks', root, dir], env);
		step('fresh clone: npm ci');
		const install_s = await mustRun(dir, ['npm', 'ci', '--no-audit', '--no-fund'], env);
		const [node_modules_mb, venv_mb] = await Promise.all(
			['node_modules', '.venv'].map((d) => megabytes(path.join(dir, d)))
		);
		step('fresh clone: the build npm start makes');
		const build_s = await mustRun(dir, ['npm', 'run', 'build'], env);
		step('fresh clone: npm test after it');
		const report = path.join(dir, 'tests-report.json');
		// A failed test is a figure too (the report counts it); only a run that left no report ends the measurement.
		const run = await timed(dir, ['npm', 'test', '--', '--reporter=json', `--outputFile=${report}`], env);
		const tests = (await readFile(report, 'utf8').then(JSON.parse, () => {
			throw new Error(`npm test in ${dir} left no report (${run.status}):\n${run.log.slice(-4000)}`);
		})) as VitestReport;
		const files = slowestFiles(tests.testResults, dir);
		return {
			install_s,
			node_modules_mb,
			venv_mb,
			build_s,
			test_s: run.seconds,
			tests: { passed: tests.numPassedTests, failed: tests.numFailedTests, skipped: tests.numPendingTests },
			slowest_test_files: Object.fromEntries(files),
		};
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	const { projectRoot } = await import('../../src/cli/project-root.ts');
	console.log(JSON.stringify(await measureFreshClone(projectRoot(), (what) => console.error(`${what}…`))));
}
