/**
 * What surrounds every example process. The strongest level this machine offers is used:
 * - `bwrap` (bubblewrap): the whole filesystem read-only except the example's temporary directory, a private /dev
 *   (with its own /dev/shm), no network, its own PID namespace (when its first process ends or is killed,
 *   everything it started dies, detached children included), no capabilities, killed if the build dies;
 * - `namespaces` (util-linux unshare): no network and its own PID namespace, but a writable filesystem;
 * - `process-group`: only the process-group kill; no isolation.
 * Always: stdout and stderr in one ordered pipe, resource limits (prlimit), a cap on processes (a pids cgroup when
 * available), and an environment built from an allow-list. `EXAMPLES_SANDBOX=bwrap` makes the strongest level
 * mandatory (CI sets it).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { canUseCgroups } from './pids-cgroup.ts';

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

const UNSHARE = ['--user', '--map-root-user', '--net', '--pid', '--fork', '--kill-child'];

let detected: SandboxLevel | undefined;

/** The strongest sandbox this machine supports, found once. */
export function sandboxLevel(): SandboxLevel {
	if (detected) return detected;
	const works = (command: string[]) => spawnSync(command[0]!, command.slice(1), { stdio: 'ignore' }).status === 0;
	if (works(['bwrap', ...bwrapArgs('/tmp'), '--', 'true'])) detected = 'bwrap';
	else if (works(['unshare', ...UNSHARE, 'true'])) detected = 'namespaces';
	else detected = 'process-group';
	if (process.env.EXAMPLES_SANDBOX === 'bwrap' && detected !== 'bwrap') {
		throw new Error(
			'EXAMPLES_SANDBOX=bwrap, but bubblewrap cannot run here: install it (apt-get install bubblewrap) on a Linux machine with user namespaces.'
		);
	}
	return detected;
}

/** One line for the build log: what isolates the examples on this machine, and what is missing. */
export function describeSandbox(): string {
	const level = {
		bwrap: 'bubblewrap (read-only filesystem, no network, own PID namespace)',
		namespaces: 'namespaces (no network, own PID namespace; writable filesystem: install bubblewrap)',
		'process-group': 'process group only (no isolation: install bubblewrap)',
	}[sandboxLevel()];
	const cap = canUseCgroups() ? 'pids cgroup' : 'RLIMIT_NPROC (not enforced for root)';
	return `sandbox: ${level}; process cap: ${cap}`;
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
	tmpDir: string;
	limits?: ResourceLimits;
	/** A pids cgroup's `cgroup.procs` file: the wrapper joins it before anything else starts. */
	cgroupProcs?: string;
}

/** Wraps `command` so it runs sandboxed, with stderr sent into the stdout pipe. */
export function sandboxCommand({ command, tmpDir, limits = DEFAULT_LIMITS, cgroupProcs }: SandboxRequest): string[] {
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
		namespaces: ['unshare', ...UNSHARE, '--'],
		'process-group': [],
	}[sandboxLevel()];
	// `exec` keeps the process count at one; `2>&1` makes both streams one ordered pipe.
	const script = cgroupProcs ? 'echo $$ > "$0" && exec "$@" 2>&1' : 'exec "$@" 2>&1';
	return ['/bin/sh', '-c', script, cgroupProcs ?? 'sh', ...isolation, ...prlimit, ...command];
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
