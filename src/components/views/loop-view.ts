/**
 * What the page shows of the event loop of a run (Timeline.loop, shared/loop.ts) without JavaScript: a sentence on
 * what was recorded, then a table of the iterations (capped for a long run, saying what was left out), or one line on
 * why the loop could not be seen. The stepper (browser/loop/) reads the same data from `/_run/<id>.json` and the
 * same words from shared/loop-steps.ts.
 */
import type { LanguageId } from '../../shared/languages.ts';
import type { LoopRecord, LoopView } from '../../shared/loop.ts';
import { causeText, ms, outLines, printed, recordsReadyQueue, wokeText } from '../../shared/loop-steps.ts';

/** Iterations a table shows per loop: a loop of `sleep(0)` can run thousands, which no reader reads as rows. */
export const MAX_TABLE_ITERATIONS = 30;
/** Characters of a printed line quoted in the table. */
const QUOTE_CHARS = 60;

export interface LoopHandleCell {
	label: string;
	cause: string;
	/** `line 7`, or '' when the recorder named no source line. */
	line: string;
	/** `printed "a started"`, or ''. */
	printed: string;
}

export interface LoopTableRow {
	n: number;
	waited: string;
	woke: string;
	ready: string;
	timers: string;
	ran: LoopHandleCell[];
}

export interface LoopTable {
	/** `main`, or the thread or process the loop ran in. */
	where: string;
	rows: LoopTableRow[];
	/** What the table and the recorder left out, in words; '' when nothing was. */
	leftOut: string;
}

export type LoopSectionView =
	| { kind: 'unseen'; text: string }
	| {
			kind: 'loops';
			recorded: string;
			/** False when the recorder reports no ready queue (Node): the table has no such column. */
			readyQueue: boolean;
			tables: LoopTable[];
			steps: number;
	  };

const quote = (text: string) => JSON.stringify(text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);

/** What the recorder of this language records, matched to what the data holds (Node has no ready queue to show). */
function recordedSentence(lang: LanguageId, loops: LoopRecord[]): string {
	const iterations = loops.flatMap((l) => l.iterations);
	const hasReady = recordsReadyQueue(loops);
	const hasTimers = iterations.some((it) => it.timers.length > 0);
	if (lang === 'py')
		return [
			'Recorded from the run above, from inside asyncio’s loop (the program was not changed): for each iteration, how long the selector waited and why it woke',
			hasReady ? ', the ready queue as it began' : '',
			hasTimers ? ', the timers pending' : '',
			', and each handle it ran with who put it in the queue, the line it ran at and what it printed.',
		].join('');
	return [
		'Recorded from the run above with Node’s async_hooks: the callbacks Node ran, in order, with the nextTick and promise jobs between them',
		hasTimers ? ', the timers pending at each turn' : '',
		', and how long Node waited. Each callback’s phase (timers, poll, check, close) is inferred from its kind, and the turns from the phases.',
		hasReady ? '' : ' Node does not report its ready queue, so none is shown.',
	].join('');
}

function table(record: LoopRecord, output: string[]): LoopTable {
	const shown = record.iterations.slice(0, MAX_TABLE_ITERATIONS);
	const hidden = record.iterations.length - shown.length;
	const leftOut = [
		hidden > 0
			? `Iterations ${shown.length + 1}–${record.iterations.length} (${hidden}) are not in this table; the stepper goes through all of them.`
			: '',
		record.dropped > 0
			? `The recorder stopped recording after its bound: ${record.dropped} more iterations or handles ran but were not recorded.`
			: '',
	]
		.filter(Boolean)
		.join(' ');
	return {
		where: record.where,
		rows: shown.map((it) => ({
			n: it.n,
			waited: ms(it.waited),
			woke: wokeText(it),
			ready: it.ready.join(', ') || '—',
			timers: it.timers.map((t) => `${t.label} due at ${ms(t.due)}`).join(', ') || '—',
			ran: it.ran.map((h) => ({
				label: h.label,
				cause: causeText(h.cause),
				line: h.line ? `line ${h.line}` : '',
				printed: printed(h.out)
					? `printed ${output
							.slice(h.out[0], Math.min(h.out[1], h.out[0] + 2))
							.map(quote)
							.join(', ')}${h.out[1] - h.out[0] > 2 ? ` (${outLines(h.out)})` : ''}`
					: '',
			})),
		})),
		leftOut,
	};
}

/**
 * Null when the run has no loop view (its program ran no event loop, or the run is a transcript without a timeline).
 * @param output the run's output lines, stdout and stderr in true order (what `LoopHandle.out` counts)
 */
export function loopSectionView(
	loop: LoopView | undefined,
	lang: LanguageId,
	output: string[]
): LoopSectionView | null {
	if (!loop) return null;
	if ('unseen' in loop)
		return { kind: 'unseen', text: `The event loop of this run could not be seen: ${loop.unseen.replace(/\.$/, '')}.` };
	if (loop.loops.every((l) => l.iterations.length === 0)) return null;
	return {
		kind: 'loops',
		recorded: recordedSentence(lang, loop.loops),
		readyQueue: recordsReadyQueue(loop.loops),
		tables: loop.loops.map((l) => table(l, output)),
		steps: loop.loops.reduce((n, l) => n + l.iterations.reduce((m, it) => m + Math.max(1, it.ran.length), 0), 0),
	};
}
