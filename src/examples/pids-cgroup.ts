/**
 * A cap on how many processes one example may have at once, so a fork storm cannot exhaust the machine's PIDs
 * before its timeout. Uses a `pids` cgroup (v1 or v2) when this process may create one (typically as root, as on
 * CI); otherwise the caller falls back to RLIMIT_NPROC, which holds only for a non-root builder.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const CANDIDATES = ['/sys/fs/cgroup/pids', '/sys/fs/cgroup'];
let parent: string | null | undefined;
let counter = 0;

/** The folder under which per-run cgroups are made, or null when none can be. */
function cgroupParent(): string | null {
	if (parent !== undefined) return parent;
	parent = null;
	for (const base of CANDIDATES) {
		const v2 = !existsSync(path.join(base, 'pids.max')) && base === '/sys/fs/cgroup';
		if (v2 && !readText(path.join(base, 'cgroup.subtree_control')).includes('pids')) continue;
		const dir = path.join(base, 'concurrency-notes-examples');
		try {
			mkdirSync(dir, { recursive: true });
			if (v2) writeFileSync(path.join(dir, 'cgroup.subtree_control'), '+pids');
			parent = dir;
			break;
		} catch {
			// Not ours to change: try the next one.
		}
	}
	return parent;
}

function readText(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

export interface PidsCgroup {
	/** Write a PID here to put that process (and all it starts) under the cap. */
	procsFile: string;
	/** Removes the cgroup once its processes are gone. */
	remove(): Promise<void>;
}

/** A fresh cgroup allowing at most `maxPids` processes and threads, or null when cgroups are not available. */
export function createPidsCgroup(maxPids: number): PidsCgroup | null {
	const base = cgroupParent();
	if (!base) return null;
	const dir = path.join(base, `run-${process.pid}-${++counter}`);
	try {
		mkdirSync(dir);
		writeFileSync(path.join(dir, 'pids.max'), String(maxPids));
	} catch {
		return null;
	}
	return {
		procsFile: path.join(dir, 'cgroup.procs'),
		async remove() {
			// Without a PID namespace, whatever the program left running is still in here: end it.
			for (const pid of readText(path.join(dir, 'cgroup.procs')).split('\n').filter(Boolean)) {
				try {
					process.kill(Number(pid), 'SIGKILL');
				} catch {
					// Already gone.
				}
			}
			// The kernel empties the cgroup a moment after its last process dies.
			for (let attempt = 0; attempt < 50; attempt++) {
				try {
					return rmdirSync(dir);
				} catch {
					await new Promise((resolve) => setTimeout(resolve, 20));
				}
			}
		},
	};
}

/** Whether process counts can be capped by a cgroup here. */
export const canUseCgroups = (): boolean => cgroupParent() !== null;
