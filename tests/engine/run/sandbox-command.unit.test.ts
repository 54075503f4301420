/** The command line every example runs under, at each sandbox level: built here, run in sandbox.test.ts. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, sandboxCommand, sandboxEnv } from '../../../src/engine/run/sandbox.ts';

const program = ['/opt/node/bin/node', 'demo.ts'];
const prlimit = ['prlimit', '--cpu=30', '--fsize=16777216', '--nofile=256', '--nproc=128', '--'];

describe('sandboxCommand', () => {
	it('bwrap: read-only root, private /dev and /proc, only the temporary folder writable, nothing shared', () => {
		expect(sandboxCommand({ command: program, level: 'bwrap', tmpDir: '/tmp/x' })).toEqual([
			'/bin/sh',
			'-c',
			'exec "$@" 2>&1',
			'sh',
			// prettier-ignore
			...['bwrap', '--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--bind', '/tmp/x', '/tmp/x',
				'--chdir', '/tmp/x', '--unshare-all', '--die-with-parent', '--new-session', '--'],
			...prlimit,
			...program,
		]);
	});

	it('namespaces: a user, network and PID namespace from unshare', () => {
		expect(sandboxCommand({ command: program, level: 'namespaces', tmpDir: '/tmp/x' })).toEqual([
			'/bin/sh',
			'-c',
			'exec "$@" 2>&1',
			'sh',
			...['unshare', '--user', '--map-root-user', '--net', '--pid', '--fork', '--kill-child', '--'],
			...prlimit,
			...program,
		]);
	});

	it('process-group: the limits only', () => {
		expect(sandboxCommand({ command: program, level: 'process-group', tmpDir: '/tmp/x' })).toEqual([
			'/bin/sh',
			'-c',
			'exec "$@" 2>&1',
			'sh',
			...prlimit,
			...program,
		]);
	});

	it('joins the run cgroups before anything starts, and applies an address-space limit when given', () => {
		const command = sandboxCommand({
			command: program,
			level: 'process-group',
			tmpDir: '/tmp/x',
			limits: { ...DEFAULT_LIMITS, addressSpaceBytes: 1024 },
			cgroupProcs: ['/sys/fs/cgroup/pids/x/cgroup.procs', '/sys/fs/cgroup/cpuacct/x/cgroup.procs'],
		});
		expect(command.slice(0, 5)).toEqual([
			'/bin/sh',
			'-c',
			'echo $$ > "$0" && echo $$ > "$1" && shift 1 && exec "$@" 2>&1',
			'/sys/fs/cgroup/pids/x/cgroup.procs',
			'/sys/fs/cgroup/cpuacct/x/cgroup.procs',
		]);
		expect(command[5]).toBe('prlimit');
		expect(command).toContain('--as=1024');
	});
});

describe('sandboxEnv', () => {
	it('is an allow-list: the runtime first on PATH, home and temp in the sandbox, UTC, no colour', () => {
		expect(sandboxEnv('/tmp/x', ['/opt/node/bin/node', '/opt/node/bin/node'])).toEqual({
			PATH: '/opt/node/bin:/usr/local/bin:/usr/bin:/bin',
			HOME: '/tmp/x',
			TMPDIR: '/tmp/x',
			LANG: 'C.UTF-8',
			LC_ALL: 'C.UTF-8',
			TZ: 'UTC',
			NO_COLOR: '1',
		});
	});
});
