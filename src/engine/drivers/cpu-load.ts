/**
 * How many of this machine's cores are busy right now, read from the kernel's counters (/proc/stat on Linux), so
 * the scheduler can start another example while a core is free, instead of giving each running example a core
 * of its own: most examples spend their time waiting (sleeps, timers), not computing.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';

export interface CpuLoad {
	/** Cores busy on average over the last `windowMs` (0…cores), counting every process on the machine. */
	busyCores(): number;
	stop(): void;
}

/** Busy and total time of all cores, in clock ticks, from the first line of /proc/stat. */
function readTicks(): { busy: number; total: number } | null {
	let text: string;
	try {
		text = readFileSync('/proc/stat', 'utf8');
	} catch {
		return null;
	}
	// cpu  user nice system idle iowait irq softirq steal …
	const fields = text.slice(0, text.indexOf('\n')).trim().split(/\s+/).slice(1, 9).map(Number);
	const total = fields.reduce((a, b) => a + b, 0);
	const idle = fields[3]! + fields[4]!;
	return { busy: total - idle, total };
}

/**
 * Samples the counters every `sampleMs` and averages over the last `windowMs`; null where the machine offers no
 * such counters (not Linux): the caller then falls back to one example per core.
 */
export function watchCpuLoad({ windowMs = 150, sampleMs = 25 } = {}): CpuLoad | null {
	const first = readTicks();
	if (!first) return null;
	const cores = os.availableParallelism();
	const samples = [{ at: performance.now(), ...first }];
	const timer = setInterval(() => {
		const ticks = readTicks();
		if (!ticks) return;
		const now = performance.now();
		samples.push({ at: now, ...ticks });
		// Keep one sample older than the window, as the window's start.
		while (samples.length > 2 && samples[1]!.at <= now - windowMs) samples.shift();
	}, sampleMs);
	timer.unref();
	return {
		busyCores() {
			const oldest = samples[0]!;
			const newest = samples.at(-1)!;
			const total = newest.total - oldest.total;
			return total > 0 ? ((newest.busy - oldest.busy) / total) * cores : 0;
		},
		stop: () => clearInterval(timer),
	};
}
