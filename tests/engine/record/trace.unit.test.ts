import { describe, expect, it } from 'vitest';
import { parseRecordedEvents } from '../../../src/engine/record/events.ts';
import { runTimeline } from '../../../src/engine/record/run-timeline.ts';
import { traceJson } from '../../../src/engine/record/trace.ts';

// Times in ns on the recorders' shared monotonic clock: the program's own process starts at T0.
const T0 = 1_000_000_000n;
const ns = (ms: number) => String(T0 + BigInt(ms * 1e6));
const lines = (...events: unknown[][]) => events.map((e) => JSON.stringify(e)).join('\n');

describe('traceJson', () => {
	it('measures from the root process, although a forked child (also named main) wrote first', () => {
		// As node-recorder.mjs writes them: every Node process with the preload emits ['process', pid, ppid,
		// 'main', …] at its exit, so a forked child's line comes before its parent's.
		const text = lines(
			['mark', 30, 0, 'child started', ns(150)],
			['process', 30, 20, 'main', ns(140), ns(180), 0],
			['child', 20, 30, 'node one-clock.ts child', ns(130), ns(190), 0],
			['span', 20, 0, 'fetch', ns(10), ns(110)],
			['process', 20, 1, 'main', ns(0), ns(300), 0]
		);
		const trace = traceJson(parseRecordedEvents(text))!;
		const names = trace.traceEvents.filter((e) => e.name === 'process_name');
		expect(names.map((e) => [e.pid, e.args?.name])).toEqual([
			[30, 'child process 30'],
			[20, 'main process'],
		]);
		const root = trace.traceEvents.find((e) => e.cat === 'process' && e.pid === 20)!;
		expect(root).toMatchObject({ ts: 0, dur: 300e3 });
		const child = trace.traceEvents.find((e) => e.cat === 'process' && e.pid === 30)!;
		expect(child).toMatchObject({ ts: 140e3, dur: 40e3 });
		const timed = trace.traceEvents.filter((e) => e.ts !== undefined);
		expect(timed.length).toBeGreaterThan(3);
		for (const e of timed) expect(e.ts, e.name).toBeGreaterThanOrEqual(0);
	});

	it('keeps the names of Python multiprocessing children and measures from main', () => {
		const text = lines(
			['process', 41, 40, 'SpawnProcess-1', ns(20), ns(80), 0],
			['process', 40, 1, 'main', ns(0), ns(100), 0]
		);
		const trace = traceJson(parseRecordedEvents(text))!;
		expect(trace.traceEvents.filter((e) => e.name === 'process_name').map((e) => e.args?.name)).toEqual([
			'SpawnProcess-1',
			'main process',
		]);
		expect(trace.traceEvents.find((e) => e.cat === 'process' && e.pid === 41)!.ts).toBe(20e3);
	});

	it('is null when no root process was recorded', () => {
		expect(traceJson(parseRecordedEvents(lines(['span', 20, 0, 'fetch', ns(10), ns(110)])))).toBeNull();
	});
});

describe('runTimeline', () => {
	it('writes a trace only for a run with something in time besides its main process', () => {
		const alone = lines(['process', 20, 1, 'main', ns(0), ns(300), 0]);
		expect(runTimeline(alone, []).trace).toBeNull();
		const withSpan = lines(['span', 20, 0, 'fetch', ns(10), ns(110)], ['process', 20, 1, 'main', ns(0), ns(300), 0]);
		expect(JSON.parse(runTimeline(withSpan, []).trace!).traceEvents.length).toBeGreaterThan(1);
	});
});
