// The Node loop recorder's cost per callback: promise jobs, nextTick callbacks and immediates, as many as a busy
// program runs (past the recorder's bounds, where it only counts them, as well as within them).
export {}; // a module: its top-level awaits, and names of its own beside measures.ts's
const JOBS = 20_000;
const TICKS = 5_000;
const IMMEDIATES = 2_000;

const chain = (schedule: (next: () => void) => void, times: number) =>
	new Promise<void>((done) => {
		let left = times;
		const step = () => (--left > 0 ? schedule(step) : done());
		schedule(step);
	});

const begin = process.cpuUsage();
for (let i = 0; i < JOBS; i++) await null; // one promise job each
await chain((next) => process.nextTick(next), TICKS);
await chain((next) => setImmediate(next), IMMEDIATES);
// The bench reads this: the CPU time of the loop itself (a busy machine slows the wall clock, not this).
const used = process.cpuUsage(begin);
console.error(`loop ms: ${((used.user + used.system) / 1000).toFixed(3)}`);
