/**
 * A program's output, sent from its worker to the page as it is written, but in batches once it comes fast (more
 * than 10 writes in 30 ms: then one message per 30 ms or 8 KB), so a program printing in a tight loop cannot flood
 * the page; and cut at a cap.
 */
import type { Stream } from '../../shared/output.ts';

export interface OutputText {
	stream: Stream;
	text: string;
}

export type WorkerMessage =
	| { type: 'progress'; loaded: number; total: number }
	| { type: 'ready'; label: string }
	| { type: 'started' }
	| { type: 'output'; chunks: OutputText[] }
	| { type: 'capped' }
	| { type: 'exit'; code: number };

export interface WorkerOutput {
	write(stream: Stream, text: string): void;
	flush(): void;
}

const BATCH_MS = 30;
const BATCH_CHARS = 8192;
/** Writes sent one by one per BATCH_MS window before batching starts. */
const WRITES_PER_WINDOW = 10;

export function workerOutput(
	post: (message: WorkerMessage) => void,
	maxChars: number,
	now: () => number,
	later: (callback: () => void) => void
): WorkerOutput {
	let pending: OutputText[] = [];
	let pendingChars = 0;
	let total = 0;
	let lastFlush = now();
	let flushQueued = false;
	let windowStart = -Infinity;
	let writesInWindow = 0;
	let capped = false;
	const flush = () => {
		flushQueued = false;
		if (pending.length) post({ type: 'output', chunks: pending });
		pending = [];
		pendingChars = 0;
		lastFlush = now();
	};
	return {
		flush,
		write(stream, text) {
			if (capped || !text) return;
			if (total + text.length > maxChars) {
				text = text.slice(0, maxChars - total);
				capped = true;
			}
			total += text.length;
			pendingChars += text.length;
			const last = pending.at(-1);
			if (last?.stream === stream) last.text += text;
			else pending.push({ stream, text });
			// A program that never yields never lets `later` run: flush on time and size here as well.
			const time = now();
			if (time - windowStart >= BATCH_MS) {
				windowStart = time;
				writesInWindow = 0;
			}
			writesInWindow++;
			const calm = writesInWindow <= WRITES_PER_WINDOW;
			if (calm || capped || pendingChars >= BATCH_CHARS || time - lastFlush >= BATCH_MS) flush();
			else if (!flushQueued) {
				flushQueued = true;
				later(flush);
			}
			if (capped) post({ type: 'capped' });
		},
	};
}
