// A one-machine MODEL of a Beam trigger with early and late firings,
// in discarding and in accumulating mode.
// Not Beam: one fixed window [0s, 10s) sums scores. The trigger is
// AfterWatermark.pastEndOfWindow() with early firings after every
// 2 elements and late firings after every element; allowed lateness
// 30 s. The source reports its watermark in the stream.
type Score = ['score', value: number, eventTime: number];
type Watermark = ['watermark', time: number]; // reported by the source

const STREAM: (Score | Watermark)[] = [
	['score', 3, 1],
	['score', 5, 4],
	['watermark', 5],
	['score', 2, 6],
	['score', 4, 8],
	['score', 1, 9],
	['watermark', 12],
	['score', 6, 7],
	['watermark', 45],
	['score', 9, 2],
];
const END = 10;
const LATENESS = 30;
const EARLY_EVERY = 2;

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function run(accumulating: boolean): number[] {
	let watermark = 0;
	const pane: number[] = []; // elements since the last firing
	const everything: number[] = []; // all elements of the window so far
	const sums: number[] = [];

	const fire = (timing: string) => {
		const shown = accumulating ? everything : pane;
		sums.push(total(shown));
		const list = `[${shown.join(', ')}]`;
		console.log(
			`  ${timing.padEnd(8)}${list.padEnd(20)}sum ${total(shown)}`
		);
		pane.length = 0;
	};

	for (const item of STREAM) {
		if (item[0] === 'watermark') {
			if (watermark < END && END <= item[1]) {
				fire('ON_TIME'); // the watermark passed the window
			}
			watermark = item[1];
			continue;
		}
		const [, value, t] = item;
		if (END + LATENESS <= watermark) {
			console.log(
				`  dropped ${value}@${t}: the window expired when the` +
					` watermark passed ${END + LATENESS}s`
			);
			continue;
		}
		pane.push(value);
		everything.push(value);
		if (watermark >= END) {
			fire('LATE'); // late firing: after every element
		} else if (pane.length >= EARLY_EVERY) {
			fire('EARLY'); // early firing: after every 2 elements
		}
	}
	return sums;
}

console.log('discarding panes (each pane holds only what is new):');
let sums = run(false);
console.log(`  adding up the panes: ${total(sums)}`);
console.log('accumulating panes (each pane holds everything so far):');
sums = run(true);
console.log(
	`  adding up the panes: ${total(sums)}; the last pane: ${sums.at(-1)}`
);
