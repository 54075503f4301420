/**
 * What surrounds every example process. The strongest level this machine offers is used:
 * - `bwrap` (bubblewrap): the whole filesystem read-only except the example's temporary directory, a private /dev
 *   (with its own /dev/shm), no network, its own PID namespace (when its first process ends or is killed,
 *   everything it started dies, detached children included), no capabilities, killed if the build dies;
 * - `namespaces` (util-linux unshare): no network but loopback, its own PID namespace and /proc, but a writable
 *   filesystem;
 * - `process-group`: only the process-group kill; no isolation.
 * Always: stdout and stderr in one ordered pipe, resource limits (prlimit), a cap on processes (a pids cgroup when
 * available), and an environment built from an allow-list. The level is chosen once, at the engine's edge
 * (`chooseSandbox`), and passed down; `EXAMPLES_SANDBOX=<level>` demands one (CI sets `bwrap`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { canUseCgroups } from './cgroup.ts';
import { askedSandbox } from '../env.ts';
import { UserError } from '../errors.ts';

export type SandboxLevel = 'bwrap' | 'namespaces' | 'process-group';

/** Resource limits applied with prlimit(1) to every example process. */
export interface ResourceLimits {
	/** CPU seconds. */
	cpuSeconds: number;
	/** Largest file the program may write, in bytes. */
	fileSizeBytes: number;
	/** Open file descriptors. */
	openFiles: number;
	/** Processes and threads, counted by a pids cgroup, or per user by RLIMIT_NPROC without one. */
	processes: number;
	/** Address space in bytes, for runtimes that do not reserve huge virtual memory up front (not V8). */
	addressSpaceBytes?: number;
}

export const DEFAULT_LIMITS: ResourceLimits = {
	cpuSeconds: 30,
	fileSizeBytes: 16 * 1024 * 1024,
	openFiles: 256,
	processes: 128,
};

/**
 * `namespaces`: unshare(1) makes a user, network, PID and mount namespace, and mounts a /proc of the new PID
 * namespace (without it, /proc is the host's: Spark 4 looks each Python worker up with ProcessHandle.of(pid), a pid
 * of the new namespace, and finds another process or none). A new network namespace has its loopback down
 * (bubblewrap brings it up itself): iproute2's `ip` brings it up before the program starts, for asyncio's streams,
 * Spark's driver and Beam's workers. `ip` is in /sbin, /usr/sbin or /usr/bin depending on the distribution; the
 * program's own PATH (sandboxEnv) stays as it is.
 */
const UNSHARE = ['unshare', '--user', '--map-root-user', '--net', '--pid', '--fork', '--kill-child', '--mount-proc'];
const LOOPBACK_UP = ['/bin/sh', '-c', 'PATH=/usr/sbin:/usr/bin:/sbin:/bin ip link set lo up && exec "$0" "$@"'];
const NAMESPACES = [...UNSHARE, '--', ...LOOPBACK_UP];

export const SANDBOX_LEVELS: readonly SandboxLevel[] = ['bwrap', 'namespaces', 'process-group'];

let available: SandboxLevel[] | undefined;

/** The levels this machine supports, strongest first, found by trying each once. `process-group` always works. */
export function availableSandboxLevels(): SandboxLevel[] {
	const works = (command: string[]) => spawnSync(command[0]!, command.slice(1), { stdio: 'ignore' }).status === 0;
	available ??= [
		...(works(['bwrap', ...bwrapArgs('/tmp'), '--', 'true']) ? (['bwrap'] as const) : []),
		...(works([...NAMESPACES, 'true']) ? (['namespaces'] as const) : []),
		'process-group',
	];
	return available;
}

/**
 * The level to run examples at: the one `EXAMPLES_SANDBOX` demands (an error if this machine lacks it), or else
 * the strongest available. Called once, by `engineConfig` (config.ts); the drivers take its answer.
 */
export function chooseSandbox(env: NodeJS.ProcessEnv): SandboxLevel {
	const levels = availableSandboxLevels();
	const wanted = askedSandbox(env);
	if (!wanted) return levels[0]!;
	if (!SANDBOX_LEVELS.includes(wanted as SandboxLevel)) {
		throw new UserError(`EXAMPLES_SANDBOX=${wanted}: unknown level; use one of ${SANDBOX_LEVELS.join(', ')}.`);
	}
	if (!levels.includes(wanted as SandboxLevel)) {
		const hint =
			wanted === 'bwrap'
				? FULL_SANDBOX[sandboxMachine().bwrap]
				: "it needs unprivileged user namespaces and iproute2's ip (sudo apt-get install iproute2)";
		throw new UserError(`EXAMPLES_SANDBOX=${wanted}, but that sandbox cannot run here: ${hint}.`);
	}
	return wanted as SandboxLevel;
}

/** What decides the build log's line about the sandbox, besides the level. */
export interface SandboxMachine {
	/** Whether a pids cgroup caps each run's processes (cgroup.ts). */
	cgroups: boolean;
	/** bubblewrap: runs here, is installed but cannot make its namespaces, or is not installed. */
	bwrap: 'works' | 'blocked' | 'absent';
}

function sandboxMachine(): SandboxMachine {
	const installed = spawnSync('bwrap', ['--version'], { stdio: 'ignore' }).status === 0;
	const works = availableSandboxLevels().includes('bwrap');
	return { cgroups: canUseCgroups(), bwrap: works ? 'works' : installed ? 'blocked' : 'absent' };
}

/**
 * The one command that gives this machine the full sandbox: bubblewrap; where it is installed but cannot make its
 * namespaces (Ubuntu 24.04 restricts unprivileged user namespaces with AppArmor), the setting that lets it; where
 * it works and a weaker level was asked for, not asking.
 */
const FULL_SANDBOX: Record<SandboxMachine['bwrap'], string> = {
	works: 'unset EXAMPLES_SANDBOX (bubblewrap works here)',
	blocked:
		'allow unprivileged user namespaces, which bubblewrap needs (on Ubuntu 24.04: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0)',
	absent: 'install bubblewrap (sudo apt-get install bubblewrap)',
};

/**
 * The build log's one line about the sandbox: what isolates the examples here and, below bubblewrap, what that
 * leaves open and the one command that gives the full sandbox. Every example runs at every level all the same.
 */
export function describeSandbox(level: SandboxLevel, machine = sandboxMachine()): string {
	const cap = machine.cgroups ? 'pids cgroup' : 'RLIMIT_NPROC (not enforced for root)';
	if (level === 'bwrap')
		return `sandbox: bubblewrap (read-only filesystem, no network but loopback, own PID namespace); process cap: ${cap}`;
	const weaker = {
		namespaces:
			'namespaces (no network but loopback, own PID namespace), weaker than bubblewrap: examples can write wherever this user can',
		'process-group':
			'process group only (no namespaces), weaker than bubblewrap: examples can use the network and write wherever this user can',
	}[level];
	return `sandbox: ${weaker}; process cap: ${cap}. For the full sandbox, ${FULL_SANDBOX[machine.bwrap]}.`;
}

function bwrapArgs(tmpDir: string): string[] {
	// prettier-ignore
	return [
		'--ro-bind', '/', '/',
		'--dev', '/dev',
		'--proc', '/proc',
		'--bind', tmpDir, tmpDir,
		'--chdir', tmpDir,
		'--unshare-all',
		'--die-with-parent',
		'--new-session',
	];
}

export interface SandboxRequest {
	command: string[];
	level: SandboxLevel;
	tmpDir: string;
	limits?: ResourceLimits;
	/** A run cgroup's `cgroup.procs` files (engine/run/cgroup.ts): the wrapper joins them before anything else starts. */
	cgroupProcs?: string[];
}

/** Wraps `command` so it runs sandboxed, with stderr sent into the stdout pipe. */
export function sandboxCommand({
	command,
	level,
	tmpDir,
	limits = DEFAULT_LIMITS,
	cgroupProcs = [],
}: SandboxRequest): string[] {
	const prlimit = [
		'prlimit',
		`--cpu=${limits.cpuSeconds}`,
		`--fsize=${limits.fileSizeBytes}`,
		`--nofile=${limits.openFiles}`,
		`--nproc=${limits.processes}`,
		...(limits.addressSpaceBytes ? [`--as=${limits.addressSpaceBytes}`] : []),
		'--',
	];
	const isolation = {
		bwrap: ['bwrap', ...bwrapArgs(tmpDir), '--'],
		namespaces: NAMESPACES,
		'process-group': [],
	}[level];
	// The cgroup files are the script's $0, $1…: it joins each, drops them from "$@", then becomes the command.
	// `exec` keeps the process count at one; `2>&1` makes both streams one ordered pipe.
	const joins = cgroupProcs.map((_, i) => `echo $$ > "$${i}" && `).join('');
	const shift = cgroupProcs.length > 1 ? `shift ${cgroupProcs.length - 1} && ` : '';
	const script = `${joins}${shift}exec "$@" 2>&1`;
	const args = cgroupProcs.length ? cgroupProcs : ['sh'];
	return ['/bin/sh', '-c', script, ...args, ...isolation, ...prlimit, ...command];
}

/**
 * The whole environment of an example. Nothing of the builder's environment reaches it (no tokens, no keys): only
 * these names, with values chosen here.
 */
export function sandboxEnv(tmpDir: string, runtimePaths: string[]): Record<string, string> {
	const bins = [...new Set(runtimePaths.map((p) => path.dirname(p)))];
	return {
		PATH: [...bins, '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
		HOME: tmpDir,
		TMPDIR: tmpDir,
		LANG: 'C.UTF-8',
		LC_ALL: 'C.UTF-8',
		TZ: 'UTC',
		NO_COLOR: '1',
	};
}
