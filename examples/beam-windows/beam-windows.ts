// A one-machine MODEL of Beam's fixed, sliding and session windows.
// Not Beam: it assigns timestamped events to windows the way Beam's
// window functions do (event time, in seconds), then groups by key
// and window, as a GroupByKey after WindowInto would.

// [key, event time in seconds]: when each click HAPPENED.
const EVENTS: [string, number][] = [
	['ann', 1],
	['bob', 2],
	['ann', 4],
	['ann', 11],
	['bob', 13],
	['ann', 14],
	['bob', 16],
	['ann', 26],
];

type Window = [start: number, end: number];
type Group = { key: string; window: Window; times: number[] };

function fixed(t: number, size = 10): Window[] {
	const start = t - (t % size);
	return [[start, start + size]];
}

// Every window of `size` that starts at a multiple of `period`
// and contains t: here each event lands in 2 windows.
function sliding(t: number, size = 10, period = 5): Window[] {
	const windows: Window[] = [];
	for (let s = t - (t % period); s > t - size; s -= period) {
		windows.push([s, s + size]);
	}
	return windows;
}

// Each event starts a window [t, t + gap); windows of the same
// key that overlap are merged. Sessions are per key.
function sessions(events: [string, number][], gap = 5): Group[] {
	const groups: Group[] = [];
	for (const key of [...new Set(events.map(([k]) => k))].sort()) {
		const times = events
			.filter(([k]) => k === key)
			.map(([, t]) => t)
			.sort((a, b) => a - b);
		let current: number[] = [];
		let end = 0;
		for (const t of times) {
			if (current.length && t >= end) {
				groups.push({
					key,
					window: [current[0]!, end],
					times: current,
				});
				current = [];
			}
			current.push(t);
			end = t + gap;
		}
		groups.push({ key, window: [current[0]!, end], times: current });
	}
	return groups;
}

function groupBy(assign: (t: number) => Window[]): Group[] {
	const groups = new Map<string, Group>();
	for (const [key, t] of EVENTS) {
		for (const window of assign(t)) {
			const id = `${key} ${window.join()}`;
			const group = groups.get(id) ?? { key, window, times: [] };
			group.times.push(t);
			groups.set(id, group);
		}
	}
	return [...groups.values()];
}

function show(groups: Group[]): void {
	const sorted = groups.sort(
		(a, b) => a.window[0] - b.window[0] || (a.key < b.key ? -1 : 1)
	);
	for (const { key, window, times } of sorted) {
		const [start, end] = window;
		console.log(`  [${start}s, ${end}s) ${key}: [${times.join(', ')}]`);
	}
}

console.log('fixed windows, 10 s:');
show(groupBy((t) => fixed(t)));
console.log('sliding windows, 10 s every 5 s:');
show(groupBy((t) => sliding(t)));
console.log('session windows, gap 5 s:');
show(sessions(EVENTS));
