// Ten jobs of 300 ms behind a limiter of 3: ceil(10 / 3) = 4 waves.
import { setTimeout as sleep } from 'node:timers/promises';

const JOBS = 10;
const LIMIT = 3;
const MS = 300;

/** Node has no Semaphore: this is one (the one from the first example). */
function limiter(max: number) {
	let active = 0;
	const waiting: (() => void)[] = [];
	return async function run<T>(job: () => Promise<T>): Promise<T> {
		if (active < max) active += 1;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			return await job();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else active -= 1;
		}
	};
}

const limit = limiter(LIMIT);
const t0 = performance.now();
const starts = await Promise.all(
	Array.from({ length: JOBS }, (_, i) =>
		limit(async () => {
			const start = performance.now();
			await sleep(MS);
			// A bar "job i" on the timeline, from its start to its end.
			performance.measure(`job ${i}`, { start });
			return start;
		})
	)
);
performance.measure('ten jobs', { start: t0 });

console.log(
	`${JOBS} jobs of ${MS / 1000} s, limiter(${LIMIT}): ` +
		`ceil(${JOBS}/${LIMIT}) = ${Math.ceil(JOBS / LIMIT)} waves expected`
);
// Which wave each job started in, read from when it really started.
const waves = new Map<number, number[]>();
starts.forEach((start, i) => {
	const w = Math.round((start - t0) / MS);
	waves.set(w, [...(waves.get(w) ?? []), i]);
});
for (const [w, jobs] of [...waves].sort((a, b) => a[0] - b[0])) {
	console.log(`wave ${w + 1}: jobs [${jobs.join(', ')}]`);
}
