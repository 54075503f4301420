import { describe, expect, it } from 'vitest';
import { parseRecordedEvents } from '../../../src/engine/record/events.ts';
import { loopView } from '../../../src/engine/record/loop.ts';
import { recordedTimeline } from '../../../src/engine/record/run-timeline.ts';

const T0 = 1_000_000_000n;
const ns = (ms: number) => String(T0 + BigInt(Math.round(ms * 1e6)));
const lines = (...events: unknown[][]) => events.map((e) => JSON.stringify(e)).join('\n');
const main = ['process', 20, 1, 'main', ns(0), ns(300), 0];
const handle = (label: string, task: string | null, cause: string, start: number, end: number, line: number | null) => [
	label,
	task,
	cause,
	ns(start),
	ns(end),
	0,
	1,
	line,
];

describe('loop events', () => {
	it('joins an iteration split over lines, and puts its times in ms from the main process start', () => {
		const text = lines(
			[
				'loop',
				20,
				'main',
				1,
				ns(10),
				ns(60),
				'40000000',
				'timer',
				['a'],
				[['sleep → a', ns(50)]],
				[handle('a', 'a', 'create_task', 50, 51, 6)],
			],
			['loop-ran', 20, 'main', 1, [handle('on_done', null, 'future', 52, 53, null)]],
			['loop', 20, 'thread worker', 1, ns(70), ns(80), '0', 'ready', [], [], []],
			['loop-dropped', 20, 'main', 3],
			main
		);
		const view = loopView(parseRecordedEvents(text), Number(T0) / 1e6);
		expect(view).toEqual({
			loops: [
				{
					where: 'main',
					dropped: 3,
					iterations: [
						{
							n: 1,
							start: 10,
							end: 60,
							waited: 40,
							wokeBy: 'timer',
							ready: ['a'],
							timers: [{ label: 'sleep → a', due: 50 }],
							ran: [
								{ label: 'a', task: 'a', cause: 'create_task', start: 50, end: 51, out: [0, 1], line: 6 },
								{ label: 'on_done', cause: 'future', start: 52, end: 53, out: [0, 1] },
							],
						},
					],
				},
				{ where: 'thread worker', dropped: 0, iterations: [expect.objectContaining({ n: 1, start: 70 })] },
			],
		});
	});

	it('names the line of a malformed loop event, and a continuation with no iteration before it', () => {
		expect(() => parseRecordedEvents(lines(['loop', 20, 'main', 1, ns(0), ns(1), '0', 'sleepy', [], [], []]))).toThrow(
			/malformed loop event \(unknown wokeBy "sleepy"\): \["loop",20/
		);
		expect(() => parseRecordedEvents(lines(['loop-ran', 20, 'main', 4, []]))).toThrow(
			/malformed loop-ran event \(it continues an iteration that was not sent before it\)/
		);
		expect(() =>
			parseRecordedEvents(lines(['loop', 20, 'main', 1, ns(0), ns(1), '0', 'ready', [], [], [['x', null, 'magic']]]))
		).toThrow(/unknown cause "magic"/);
	});

	it('is on the timeline only when the program ran a loop; an unseen loop says why', () => {
		const task = ['task', 20, 1, 'Task-1', ns(1), ns(2), 'returned', 0];
		expect(recordedTimeline(lines(task, main)).timeline!.loop).toBeUndefined();
		expect(
			recordedTimeline(lines(task, ['loop-unseen', 20, 'uvloop.Loop is not asyncio’s own loop'], main)).timeline!.loop
		).toEqual({
			unseen: 'uvloop.Loop is not asyncio’s own loop',
		});
	});

	it('gives the trace one event per iteration on the loop’s own track, with what ran', () => {
		const text = lines(
			task(),
			['loop', 20, 'main', 1, ns(10), ns(60), '0', 'ready', ['a'], [], [handle('a', 'a', 'create_task', 50, 51, 6)]],
			main
		);
		const trace = JSON.parse(recordedTimeline(text).trace!) as { traceEvents: Array<Record<string, unknown>> };
		const loops = trace.traceEvents.filter((e) => e.cat === 'loop');
		expect(loops).toEqual([
			expect.objectContaining({
				name: 'iteration 1',
				ts: 10e3,
				dur: 50e3,
				args: { wokeBy: 'ready', waitedMs: 0, ready: ['a'], ran: ['a (create_task)'] },
			}),
		]);
		const track = trace.traceEvents.find((e) => e.name === 'thread_name' && e.tid === loops[0]!.tid);
		expect(track).toMatchObject({ args: { name: 'event loop (main)' } });
	});
});

function task() {
	return ['task', 20, 1, 'Task-1', ns(1), ns(200), 'returned', 0];
}
