/**
 * A Spark run's own record on its timeline: the event log (spark-events.ts) turned into rows beside the recorder's,
 * on the recorder's clock. One `executor` row per executor (for `local[K]` the one JVM, `driver`), under it one
 * `slot` row per task slot whose calls are its tasks (`stage 1 · partition 0 (attempt 0)`), and a `stage` row per
 * stage attempt, from its submission to its completion. The tasks are kept on their slot rows (`tasks`) with their
 * stage, partition and attempt, for the Spark claims (verdict/claims.ts).
 */
import { parseSparkEventLog, taskSlotRows } from './spark-events.ts';
import type { SparkTaskBar, Timeline, TimelineRow } from '../../shared/timeline.ts';

export interface SparkRecord {
	/** The event log's lines, the ones spark-events.ts reads (keptSparkEvents). */
	events: string;
	/** Date.now() − CLOCK_MONOTONIC (ms) when the run started: maps Spark's epoch times onto the recorder's clock. */
	epochMinusMonotonicMs: number;
}

/**
 * The timeline with Spark's rows added. `originMonotonicMs`: the recorder's origin (its main process's start) on
 * CLOCK_MONOTONIC, or null when the recorder has no timeline (the rows then start at the first Spark event).
 */
export function withSparkRows(
	timeline: Timeline | null,
	originMonotonicMs: number | null,
	spark: SparkRecord
): Timeline | null {
	// One program may start several applications, one after the other (a session stopped, another started): each
	// has its own log, with task and stage ids from 0, so each is read on its own.
	const logs = splitApplications(spark.events).map(parseSparkEventLog);
	const apps = logs.map((log) => ({ log, slots: taskSlotRows(log) })).filter((a) => a.slots.length);
	if (!apps.length) return timeline;
	const epochs = apps.flatMap(({ log, slots }) => [
		...slots.flatMap((s) => s.bars.map((b) => b.start)),
		...log.stages.flatMap((s) => s.submitted ?? []),
	]);
	const originEpoch =
		originMonotonicMs === null ? Math.min(...epochs) : originMonotonicMs + spark.epochMinusMonotonicMs;
	const at = (epochMs: number) => round(epochMs - originEpoch);
	const rows: TimelineRow[] = [];
	apps.forEach(({ log, slots }, app) => {
		// Row labels are cut at about 22 characters on the page: the application only on its executor rows.
		const ofApp = apps.length > 1 ? `, app ${app + 1}` : '';
		for (const executor of [...new Set(slots.map((s) => s.executor))]) {
			const own = slots.filter((s) => s.executor === executor);
			const bars = own.flatMap((s) => s.bars);
			const start = Math.min(...bars.map((b) => b.start));
			const end = Math.max(...bars.map((b) => b.end));
			const label = `executor ${executor}${ofApp}`;
			rows.push({ kind: 'executor', label, depth: 0, bars: [{ start: at(start), end: at(end) }] });
			for (const slot of own) {
				const tasks: SparkTaskBar[] = slot.bars.map((b) => ({
					start: at(b.start),
					end: at(b.end),
					slotEnd: at(b.slotEnd),
					app,
					stage: b.stage,
					partition: b.partition,
					attempt: b.attempt,
					failed: b.failed,
				}));
				const first = Math.min(...slot.bars.map((b) => b.start));
				const last = Math.max(...slot.bars.map((b) => b.end));
				rows.push({
					kind: 'slot',
					label: `slot ${slot.slot}`,
					depth: 1,
					bars: [{ start: at(first), end: at(last) }],
					calls: slot.bars.map((b) => ({
						start: at(b.start),
						end: at(b.end),
						name: `${b.label}${b.failed ? ' failed' : ''}`,
					})),
					tasks,
				});
			}
		}
		for (const stage of log.stages) {
			if (stage.submitted === undefined || stage.completed === undefined) continue;
			const attempt = stage.attempt ? ` (attempt ${stage.attempt})` : '';
			const label = `stage ${stage.stage}${attempt} · ${stage.numTasks} task${stage.numTasks === 1 ? '' : 's'}`;
			rows.push({ kind: 'stage', label, depth: 1, bars: [{ start: at(stage.submitted), end: at(stage.completed) }] });
		}
	});
	const all = [...(timeline?.rows ?? []), ...rows];
	const totalMs = Math.max(timeline?.totalMs ?? 0, ...rows.flatMap((r) => r.bars.map((b) => b.end)));
	return { rows: all, totalMs };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

/** The log's applications, each from its `SparkListenerApplicationStart` on (text before the first one joins it). */
export function splitApplications(events: string): string[] {
	const chunks: string[][] = [[]];
	for (const line of events.split('\n')) {
		if (
			line.startsWith('{"Event":"SparkListenerApplicationStart"') &&
			chunks.at(-1)!.some((l) => l.includes('"SparkListenerTask'))
		)
			chunks.push([]);
		chunks.at(-1)!.push(line);
	}
	return chunks.map((c) => c.join('\n'));
}
