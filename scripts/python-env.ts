/**
 * Makes the project's Python environment: `.venv/` at the repository root, created with the interpreter named in
 * requirements.in's `# python:` line and filled from `requirements.lock` (every package pinned with its hashes, generated from
 * `requirements.in`; see that file for how). Plain Node, no dependency: it runs before anything else is installed.
 *
 *   node scripts/python-env.ts              # make or refresh .venv (does nothing when it already matches the lock)
 *   node scripts/python-env.ts --check      # exit 1, saying why, when .venv is missing or out of date; change nothing
 *   node scripts/python-env.ts --python 3.13.1   # another interpreter than requirements.in names (a try-out)
 *   PYTHON_ENV=skip npm ci                  # as a postinstall: skip it (a prose-only edit, no Python at hand)
 *
 * `.venv/.lock-stamp` holds a hash of the lock and the interpreter's version, written last: a run that was
 * interrupted leaves no stamp, so the next run starts again from an empty `.venv`.
 * The interpreter is found through pyenv (`$PYENV_ROOT/versions/<version>`, default `~/.pyenv`), then on `PATH`
 * (`python3.13`, `python3`, `python`), and must report the version requirements.in names (`3.13` accepts any
 * 3.13.x, `3.13.0` only that one).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const venv = path.join(root, '.venv');
const lockFile = path.join(root, 'requirements.lock');
const stampFile = path.join(venv, '.lock-stamp');
const windows = process.platform === 'win32';
const venvPython = path.join(venv, windows ? 'Scripts/python.exe' : 'bin/python');

function fail(message: string): never {
	console.error(`python-env: ${message}`);
	process.exit(1);
}

function option(name: string): string | undefined {
	const at = process.argv.indexOf(name);
	return at === -1 ? undefined : process.argv[at + 1];
}

/**
 * The interpreter the environment is made with: the `# python: <version>` line of requirements.in, the one place it
 * is written (the lock is compiled for it). Not `.python-version`, which names the Python the standard-library
 * examples run on and may differ.
 */
function wantedVersion(): string {
	const given = option('--python');
	if (given) return given;
	const file = path.join(root, 'requirements.in');
	if (!existsSync(file)) fail(`${file} is missing: it lists the environment's packages and its Python`);
	const line = /^#\s*python:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
	if (!line || !/^\d+\.\d+(\.\d+)?$/.test(line))
		fail(`${file} names no CPython version in a "# python: 3.13.0" line (found ${JSON.stringify(line ?? '')})`);
	return line;
}

/** The full version (3.13.0) an interpreter reports, or undefined when it does not run. */
function versionOf(python: string): string | undefined {
	const run = spawnSync(
		python,
		['-I', '-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3], sys.implementation.name)'],
		{
			encoding: 'utf8',
		}
	);
	if (run.status !== 0) return undefined;
	const [version, implementation] = run.stdout.trim().split(' ');
	return implementation === 'cpython' ? version : undefined;
}

const matches = (found: string, wanted: string) => found === wanted || found.startsWith(`${wanted}.`);

function findInterpreter(wanted: string): { python: string; version: string } {
	const tried: string[] = [];
	const pyenvRoot = process.env.PYENV_ROOT || path.join(homedir(), '.pyenv');
	const bin = windows ? 'python.exe' : 'bin/python3';
	const candidates: string[] = [];
	// pyenv: the exact version folder, or for "3.13" the newest 3.13.x installed.
	if (/^\d+\.\d+\.\d+$/.test(wanted)) candidates.push(path.join(pyenvRoot, 'versions', wanted, bin));
	else {
		try {
			const listed = execFileSync('ls', [path.join(pyenvRoot, 'versions')], { encoding: 'utf8' }).split('\n');
			const sorted = listed
				.filter((v) => matches(v, wanted))
				.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
			for (const v of sorted.reverse()) candidates.push(path.join(pyenvRoot, 'versions', v, bin));
		} catch {
			// no pyenv
		}
	}
	const minor = wanted.split('.').slice(0, 2).join('.');
	candidates.push(windows ? 'python' : `python${minor}`, 'python3', 'python');
	for (const python of candidates) {
		const version = versionOf(python);
		tried.push(`${python}: ${version ?? 'not found'}`);
		if (version && matches(version, wanted)) return { python, version };
	}
	const report = [
		`no CPython ${wanted} found (${option('--python') ? '--python' : 'requirements.in'} names it). Tried:`,
		...tried.map((t) => `  ${t}`),
		`Install it with pyenv (\`pyenv install ${wanted}\`, then run this again), or put a python${minor} that is ${wanted} on PATH.`,
	].join('\n');
	// As npm install's postinstall, a missing interpreter does not fail the install: the build then shows the engine
	// programs' committed transcripts, saying what is missing (and CI=true refuses that).
	if (process.env.npm_lifecycle_event === 'postinstall') {
		console.warn(`python-env: ${report}\npython-env: .venv not made; the PySpark and Beam examples will not run`);
		process.exit(0);
	}
	fail(report);
}

function sha256(data: string | Buffer): string {
	return createHash('sha256').update(data).digest('hex');
}

if (process.env.PYTHON_ENV === 'skip') {
	console.log('python-env: skipped (PYTHON_ENV=skip); the PySpark and Beam examples need .venv');
	process.exit(0);
}
if (!existsSync(lockFile)) fail(`${lockFile} is missing (it is generated from requirements.in, see there)`);
const wanted = wantedVersion();
const stamp = `lock sha256 ${sha256(readFileSync(lockFile))}\npython ${wanted}\n`;
const current = existsSync(stampFile) && existsSync(venvPython) ? readFileSync(stampFile, 'utf8') : undefined;

if (current === stamp) {
	console.log(`python-env: .venv matches requirements.lock (Python ${wanted}), nothing to do`);
	process.exit(0);
}
if (process.argv.includes('--check')) {
	fail(
		current
			? '.venv was made from another requirements.lock or Python: run node scripts/python-env.ts'
			: '.venv is missing or incomplete: run node scripts/python-env.ts'
	);
}

const { python, version } = findInterpreter(wanted);
const started = performance.now();
console.log(`python-env: making .venv with ${python} (CPython ${version}) from requirements.lock`);
rmSync(venv, { recursive: true, force: true });
const step = (command: string, args: string[]) => {
	const run = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
	if (run.status !== 0) fail(`${[command, ...args].join(' ')} failed (exit ${run.status ?? run.signal})`);
};
step(python, ['-m', 'venv', venv]);
step(venvPython, [
	'-m',
	'pip',
	'install',
	'--disable-pip-version-check',
	'--no-input',
	'--require-hashes',
	'--no-deps',
	'-r',
	lockFile,
]);
writeFileSync(stampFile, stamp);
console.log(`python-env: .venv ready in ${((performance.now() - started) / 1000).toFixed(0)} s`);
