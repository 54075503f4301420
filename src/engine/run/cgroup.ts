/**
 * A cgroup per example run, when this process may create one (typically as root, as on CI), cgroup v1 or v2:
 * - a cap on how many processes the run may have at once (`pids`), so a fork storm cannot exhaust the machine's
 *   PIDs before its timeout; otherwise the caller falls back to RLIMIT_NPROC, which holds only for a non-root
 *   builder;
 * - the CPU time of everything the run started (`cpuacct` in v1, `cpu.stat` in v2), which `npm run bench` adds up
 *   to know how fast the example stage could possibly be.
 */
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** One controller's folder of ours, and how it is used. */
interface Hierarchy {
	dir: string;
	/** The file (inside a run's folder) that tells its CPU time, and its unit in ms; absent when it tells none. */
	cpu?: { file: string; toMs: (text: string) => number };
	/** Whether the run's folder caps processes. */
	pids: boolean;
}

const OURS = 'concurrency-notes-examples';
let hierarchies: Hierarchy[] | undefined;
let counter = 0;

/** The folders under which per-run cgroups are made: one for v2, one per controller for v1; empty when none can be. */
function findHierarchies(): Hierarchy[] {
	if (hierarchies) return hierarchies;
	const make = (base: string, setUp: (dir: string) => void): string | null => {
		const dir = path.join(base, OURS);
		try {
			mkdirSync(dir, { recursive: true });
			setUp(dir);
			return dir;
		} catch {
			return null; // Not ours to change.
		}
	};
	const unified = '/sys/fs/cgroup';
	if (readText(path.join(unified, 'cgroup.subtree_control')).includes('pids')) {
		// v2: one tree. `cpu.stat` exists in every cgroup, whatever controllers are on.
		const dir = make(unified, (d) => writeFileSync(path.join(d, 'cgroup.subtree_control'), '+pids'));
		const usage = (text: string) => Number(/^usage_usec (\d+)/m.exec(text)?.[1]) / 1000;
		hierarchies = dir ? [{ dir, pids: true, cpu: { file: 'cpu.stat', toMs: usage } }] : [];
		return hierarchies;
	}
	const pidsDir = existsSync(path.join(unified, 'pids')) ? make(path.join(unified, 'pids'), () => {}) : null;
	const cpuBase = ['cpuacct', 'cpu,cpuacct'].map((name) => path.join(unified, name)).find(existsSync);
	const cpuDir = cpuBase ? make(cpuBase, () => {}) : null;
	const nanoseconds = (text: string) => Number(text) / 1e6;
	hierarchies = [
		...(pidsDir ? [{ dir: pidsDir, pids: true }] : []),
		...(cpuDir ? [{ dir: cpuDir, pids: false, cpu: { file: 'cpuacct.usage', toMs: nanoseconds } }] : []),
	];
	return hierarchies;
}

function readText(file: string): string {
	try {
		return readFileSync(file, 'utf8');
	} catch {
		return '';
	}
}

export interface RunCgroup {
	/** The `cgroup.procs` files a process must join (one per hierarchy) to be capped and counted with all it starts. */
	procsFiles: string[];
	/** Sends SIGKILL to every process in the cgroup, now. */
	killAll(): void;
	/** CPU time used so far by every process of the run, in ms; null where this machine cannot count it. */
	cpuMs(): number | null;
	/** How many times the process cap refused a fork or a thread (`pids.events`, `max`), v1 and v2 alike. */
	pidsCapHits(): number;
	/**
	 * Kills whatever is still in the cgroup until it is empty, then removes it. Throws if processes survive: the
	 * build must not go on believing an example is stopped when it is not.
	 */
	remove(): Promise<void>;
}

/** How long the processes of a killed example may take to disappear. */
const EMPTY_WITHIN_MS = 10_000;

/** A fresh cgroup allowing at most `maxPids` processes and threads, or null when no process cap can be made here. */
export function createRunCgroup(maxPids: number): RunCgroup | null {
	const found = findHierarchies();
	if (!found.some((h) => h.pids)) return null;
	const name = `run-${process.pid}-${++counter}`;
	const made: Array<Hierarchy & { run: string }> = [];
	try {
		for (const h of found) {
			const run = path.join(h.dir, name);
			mkdirSync(run);
			made.push({ ...h, run });
			if (h.pids) writeFileSync(path.join(run, 'pids.max'), String(maxPids));
		}
	} catch {
		for (const { run } of made) rmdirSync(run);
		return null;
	}
	const pidsDir = made.find((h) => h.pids)!.run;
	const pids = () => readText(path.join(pidsDir, 'cgroup.procs')).split('\n').filter(Boolean).map(Number);
	const killAll = () => {
		for (const pid of pids()) {
			try {
				process.kill(pid, 'SIGKILL');
			} catch {
				// Already gone.
			}
		}
	};
	const counted = made.find((h) => h.cpu);
	return {
		procsFiles: made.map((h) => path.join(h.run, 'cgroup.procs')),
		killAll,
		cpuMs: () => (counted ? counted.cpu!.toMs(readText(path.join(counted.run, counted.cpu!.file))) : null),
		pidsCapHits: () => Number(/^max (\d+)/m.exec(readText(path.join(pidsDir, 'pids.events')))?.[1] ?? 0),
		async remove() {
			// Repeat: a process forking at the moment of the kill can leave a child the first pass did not see, and
			// the kernel lets the cgroup go only once its last process is fully gone.
			const deadline = performance.now() + EMPTY_WITHIN_MS;
			for (const { run } of made) {
				for (;;) {
					killAll();
					try {
						rmdirSync(run);
						break;
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
			}
		},
	};
}

/** Whether process counts can be capped by a cgroup here. */
export const canUseCgroups = (): boolean => findHierarchies().some((h) => h.pids);
