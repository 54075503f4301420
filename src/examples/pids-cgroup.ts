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
	/** Sends SIGKILL to every process in the cgroup, now. */
	killAll(): void;
	/**
	 * Kills whatever is still in the cgroup until it is empty, then removes it. Throws if processes survive: the
	 * build must not go on believing an example is stopped when it is not.
	 */
	remove(): Promise<void>;
}

/** How long the processes of a killed example may take to disappear. */
const EMPTY_WITHIN_MS = 10_000;

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
	const procsFile = path.join(dir, 'cgroup.procs');
	const pids = () => readText(procsFile).split('\n').filter(Boolean).map(Number);
	const killAll = () => {
		for (const pid of pids()) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
	};
	return {
		procsFile,
		killAll,
		async remove() {
			// Repeat: a process forking at the moment of the kill can leave a child the first pass did not see, and
			// the kernel lets the cgroup go only once its last process is fully gone.
			const deadline = performance.now() + EMPTY_WITHIN_MS;
			for (;;) {
				killAll();
				try {
					return rmdirSync(dir);
				} catch (error) {
					if (performance.now() > deadline) {
						const left = pids().join(', ') || 'none listed';
						throw new Error(`its processes (${left}) were still alive ${EMPTY_WITHIN_MS} ms after SIGKILL`, {
							cause: error,
						});
					}
					await new Promise((resolve) => setTimeout(resolve, 10));
				}
			}
		},
	};
}

/** Whether process counts can be capped by a cgroup here. */
export const canUseCgroups = (): boolean => cgroupParent() !== null;
