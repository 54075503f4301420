import { describe, expect, it } from 'vitest';
import { parseRecordedEvents } from '../../../src/engine/record/events.ts';
import { timelineRows } from '../../../src/engine/record/timeline.ts';

// Times in ns: the main process starts at 1 000 000 000 (= 0 ms on the timeline).
const T0 = 1_000_000_000;
const at = (ms: number) => T0 + ms * 1e6;
const lines = (...events: unknown[][]) => events.map((e) => JSON.stringify(e)).join('\n');

describe('parseRecordedEvents + timelineRows', () => {
	it('puts tasks, threads and pool calls under their process, in ms from its start', () => {
		const text = lines(
			['thread', 10, 11, 'asyncio_0', at(50), at(400)],
			['call', 10, 11, 'read_sensor', at(60), at(360)],
			['steps', 10, 7, [at(5), at(6), at(300), at(301)]],
			['task', 10, 7, 'a', at(4), at(301), 'returned', 0],
			['steps', 10, 8, [at(5), at(5.5)]],
			['task', 10, 8, 'b', at(4.5), at(200), 'cancelled', 0],
			['process', 10, 1, 'main', T0, at(500), null]
		);
		const timeline = timelineRows(parseRecordedEvents(text))!;
		expect(timeline.totalMs).toBe(500);
		expect(timeline.rows.map((r) => [r.depth, r.kind, r.label, r.bars, r.outcome])).toEqual([
			[0, 'process', 'main process', [{ start: 0, end: 500 }], undefined],
			[1, 'thread', 'asyncio_0', [{ start: 50, end: 400 }], undefined],
			[1, 'task', 'a', [{ start: 4, end: 301 }], undefined],
			[1, 'task', 'b', [{ start: 4.5, end: 200 }], 'cancelled'],
		]);
		// Running vs waiting: the steps are the running segments, the rest of the bar is waiting.
		expect(timeline.rows[2]!.running).toEqual([
			{ start: 5, end: 6 },
			{ start: 300, end: 301 },
		]);
		expect(timeline.rows[1]!.calls).toEqual([{ start: 60, end: 360, name: 'read_sensor' }]);
	});

	it("groups a Node program's workers, their spans and a child process's marks (bigint strings)", () => {
		const ns = (ms: number) => String(BigInt(T0) + BigInt(ms * 1e6));
		const text = lines(
			['span', 20, 0, 'fetch', ns(10), ns(110)],
			['span', 20, 0, 'fetch', ns(200), ns(250)],
			['span', 20, 1, 'partition 1', ns(40), ns(90)],
			['worker', 20, 1, ns(20), ns(100), 0],
			['mark', 30, 0, 'child started', ns(150)],
			['process', 30, 20, 'main', ns(140), ns(180), 0],
			['child', 20, 30, 'node x.ts child', ns(130), ns(190), 1],
			['process', 20, 1, 'main', ns(0), ns(300), 0]
		);
		const timeline = timelineRows(parseRecordedEvents(text))!;
		expect(
			timeline.rows.map((r) => `${r.depth} ${r.kind} ${r.label} ${r.bars.map((b) => `${b.start}-${b.end}`)}`)
		).toEqual([
			'0 process main process 0-300',
			'1 span fetch 10-110,200-250',
			'1 worker worker 1 20-100',
			'2 span partition 1 40-90',
			'1 child node x.ts child 130-190',
		]);
		expect(timeline.rows[4]!.marks).toEqual([{ at: 150, name: 'child started' }]);
		expect(timeline.rows[4]!.outcome).toBe('exit code 1');
	});

	it('puts multiprocessing children below the main process, their calls in their row', () => {
		const text = lines(
			['call', 31, 31, 'crunch', at(120), at(220)],
			['process', 31, 10, 'SpawnProcess-1', at(100), at(250), 0],
			['process', 10, 1, 'main', T0, at(300), null]
		);
		const rows = timelineRows(parseRecordedEvents(text))!.rows;
		expect(rows[1]).toMatchObject({ kind: 'process', label: 'SpawnProcess-1', depth: 1, calls: [{ name: 'crunch' }] });
	});

	it('is null without a main process, and refuses a line that is not an event', () => {
		expect(timelineRows(parseRecordedEvents(''))).toBeNull();
		expect(() => parseRecordedEvents('["nope", 1]')).toThrow('timeline recorder sent an unknown event: ["nope", 1]');
		expect(() => parseRecordedEvents('{oops')).toThrow('timeline recorder sent a line that is not JSON: {oops');
	});
});
