/**
 * Dev mode's example runs, one at a time. Every watcher event asks for the examples it touches; a request made
 * while a run is under way waits, merged with the others, for one run after it. Two runs never overlap, so an editor
 * that saves by delete-then-create cannot have an older run finish last and win; and the last run always reads
 * the files as they are after the last event.
 */
export interface SyncQueue {
	/** Ask for these example ids to be run again, or for everything to be checked and run (what changed runs). */
	request(ids: string[] | 'all'): void;
	/** Resolves once no run is under way and none is waiting. */
	idle(): Promise<void>;
}

export function syncQueue(
	run: (only: string[] | undefined) => Promise<void>,
	onError: (error: unknown) => void,
	/** Events this close together make one run: a save is often several events (delete, create, change). */
	settleMs = 50
): SyncQueue {
	let pending: Set<string> | 'all' | null = null;
	let running: Promise<void> | null = null;
	const drain = async () => {
		while (pending) {
			await new Promise((resolve) => setTimeout(resolve, settleMs));
			const next = pending;
			pending = null;
			try {
				await run(next === 'all' ? undefined : [...next].sort());
			} catch (error) {
				onError(error);
			}
		}
		running = null;
	};
	return {
		request(ids) {
			if (ids === 'all' || pending === 'all') pending = 'all';
			else {
				pending ??= new Set();
				for (const id of ids) pending.add(id);
			}
			running ??= drain();
		},
		idle: () => running ?? Promise.resolve(),
	};
}
