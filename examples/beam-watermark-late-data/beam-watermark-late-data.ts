// A one-machine MODEL of a Beam watermark, the default trigger and
// late data, for an unbounded stream in fixed windows of 10 s.
// Not Beam: events arrive in processing order, each with its event
// time. The watermark is a heuristic (highest event time seen, minus
// 5 s). A window fires once when the watermark passes its end; an
// element that comes later is late: with allowed lateness it fires a
// late pane of its own, beyond it the element is dropped.

// [name, event time in s], in the order the events ARRIVE.
const ARRIVALS: [string, number][] = [
	['a', 1],
	['b', 3],
	['c', 7],
	['d', 12],
	['e', 9],
	['f', 16],
	['g', 18],
	['h', 4],
	['i', 25],
	['j', 27],
	['k', 8],
];
const SIZE = 10; // fixed windows [0, 10), [10, 20), …
const DELAY = 5; // how far the watermark trails the newest event
const LATENESS = 10; // allowed lateness of the first run

const seconds = (t: number): string =>
	t === Infinity ? '+inf' : `${t}s`;

function run(lateness: number, verbose: boolean) {
	const say = (message: string) => {
		if (verbose) console.log(message);
	};
	let watermark = -Infinity;
	const buffers = new Map<number, string[]>(); // window start -> elements
	const fired = new Set<number>();
	const panes: string[] = [];
	const dropped: string[] = [];

	const fire = (start: number, timing: string, elements: string[]) => {
		const window = `[${start}s, ${start + SIZE}s)`;
		const pane = `${window} ${timing} [${elements.join(', ')}]`;
		panes.push(pane);
		say(`  fire ${pane}`);
	};

	const advance = (to: number) => {
		watermark = Math.max(watermark, to); // a watermark never goes back
		for (const start of [...buffers.keys()].sort((a, b) => a - b)) {
			if (start + SIZE <= watermark && !fired.has(start)) {
				say(
					`  watermark ${seconds(watermark)} reached ${start + SIZE}s`
				);
				fired.add(start);
				fire(start, 'ON_TIME', buffers.get(start)!);
				buffers.delete(start);
			}
		}
	};

	let newest = -Infinity;
	for (const [name, t] of ARRIVALS) {
		const start = t - (t % SIZE);
		const line = `${`${name}@${t}`.padEnd(4)} -> [${start}s, ${start + SIZE}s)`;
		if (start + SIZE + lateness <= watermark) {
			dropped.push(name);
			say(
				`${line}  late: the watermark, ${seconds(watermark)}, is past ${start + SIZE}s + ${lateness}s of lateness: dropped`
			);
		} else if (fired.has(start)) {
			say(`${line}  late, within allowed lateness`);
			fire(start, 'LATE', [name]); // discarding: only the new element
		} else {
			const note = `  out of order, on time (watermark ${seconds(watermark)})`;
			say(line + (t < newest ? note : ''));
			buffers.set(start, [...(buffers.get(start) ?? []), name]);
		}
		newest = Math.max(newest, t);
		advance(newest - DELAY);
	}
	say('end of input: the watermark jumps to +inf');
	advance(Infinity);
	return { panes, dropped };
}

console.log(`allowed lateness ${LATENESS} s:`);
run(LATENESS, true);

const { panes, dropped } = run(0, false);
console.log('the same stream, allowed lateness 0 s (the default):');
for (const pane of panes) console.log(`  ${pane}`);
console.log(`  dropped: ${dropped.join(', ')}`);
