/** The command line every example runs under, at each sandbox level: built here, run in sandbox.test.ts. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, describeSandbox, sandboxCommand, sandboxEnv } from '../../../src/engine/run/sandbox.ts';

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

	it('namespaces: a user, network, PID and mount namespace from unshare, its own /proc, loopback up', () => {
		expect(sandboxCommand({ command: program, level: 'namespaces', tmpDir: '/tmp/x' })).toEqual([
			'/bin/sh',
			'-c',
			'exec "$@" 2>&1',
			'sh',
			// prettier-ignore
			...['unshare', '--user', '--map-root-user', '--net', '--pid', '--fork', '--kill-child', '--mount-proc',
				'--'],
			// iproute2's ip, wherever the distribution puts it (/sbin, /usr/sbin, /usr/bin), brings loopback up.
			...['/bin/sh', '-c', 'PATH=/usr/sbin:/usr/bin:/sbin:/bin ip link set lo up && exec "$0" "$@"'],
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

describe('describeSandbox', () => {
	it('names the full sandbox in one line', () => {
		expect(describeSandbox('bwrap', { cgroups: true, bwrap: 'works' })).toBe(
			'sandbox: bubblewrap (read-only filesystem, no network but loopback, own PID namespace); process cap: pids cgroup'
		);
	});

	it('below bubblewrap, says in the same line what is weaker and the one command that gives the full sandbox', () => {
		expect(describeSandbox('namespaces', { cgroups: true, bwrap: 'absent' })).toBe(
			'sandbox: namespaces (no network but loopback, own PID namespace), weaker than bubblewrap: examples can ' +
				'write wherever this user can; process cap: pids cgroup. For the full sandbox, install bubblewrap ' +
				'(sudo apt-get install bubblewrap).'
		);
		expect(describeSandbox('process-group', { cgroups: false, bwrap: 'absent' })).toBe(
			'sandbox: process group only (no namespaces), weaker than bubblewrap: examples can use the network and ' +
				'write wherever this user can; process cap: RLIMIT_NPROC (not enforced for root). For the full sandbox, ' +
				'install bubblewrap (sudo apt-get install bubblewrap).'
		);
	});

	it('where bubblewrap is installed, names what keeps it from running, or that it was not asked for', () => {
		expect(describeSandbox('namespaces', { cgroups: true, bwrap: 'blocked' })).toMatch(
			/For the full sandbox, allow unprivileged user namespaces, which bubblewrap needs \(on Ubuntu 24\.04: sudo sysctl -w kernel\.apparmor_restrict_unprivileged_userns=0\)\.$/
		);
		expect(describeSandbox('process-group', { cgroups: true, bwrap: 'works' })).toMatch(
			/For the full sandbox, unset EXAMPLES_SANDBOX \(bubblewrap works here\)\.$/
		);
	});
});
