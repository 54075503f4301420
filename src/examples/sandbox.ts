/**
 * What surrounds every example process: one pipe for stdout and stderr, a private network namespace (no network
 * at all), a private PID namespace (when the program's first process exits or is killed, the kernel kills every
 * process it started, detached ones included), resource limits, and an environment built from an allow-list.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Resource limits applied with prlimit(1) to every example process. */
export interface ResourceLimits {
	/** CPU seconds. */
	cpuSeconds: number;
	/** Largest file the program may write, in bytes. */
	fileSizeBytes: number;
	/** Open file descriptors. */
	openFiles: number;
}

export const DEFAULT_LIMITS: ResourceLimits = {
	cpuSeconds: 30,
	fileSizeBytes: 16 * 1024 * 1024,
	openFiles: 256,
};

const NAMESPACES = ['--user', '--map-root-user', '--net', '--pid', '--fork', '--kill-child'];

let namespacesWork: boolean | undefined;

/** Whether this machine lets an unprivileged process create user, network and PID namespaces. */
export function canUseNamespaces(): boolean {
	namespacesWork ??= spawnSync('unshare', [...NAMESPACES, 'true'], { stdio: 'ignore' }).status === 0;
	return namespacesWork;
}

/** Wraps `command` so it runs sandboxed, with stderr sent into the stdout pipe. */
export function sandboxCommand(command: string[], limits: ResourceLimits = DEFAULT_LIMITS): string[] {
	const prlimit = [
		'prlimit',
		`--cpu=${limits.cpuSeconds}`,
		`--fsize=${limits.fileSizeBytes}`,
		`--nofile=${limits.openFiles}`,
		'--',
	];
	const isolated = canUseNamespaces() ? ['unshare', ...NAMESPACES, '--', ...prlimit] : prlimit;
	// `exec` keeps the process count at one; `2>&1` makes both streams one ordered pipe.
	return ['/bin/sh', '-c', 'exec "$@" 2>&1', 'sh', ...isolated, ...command];
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
