/** Replays a recorded run: each chunk of output appears at the time the build's run wrote it. */
import type { OutputChunk } from '../../shared/output.ts';

export interface Timers {
	set(callback: () => void, ms: number): unknown;
	clear(handle: unknown): void;
}

const browserTimers: Timers = {
	set: (callback, ms) => setTimeout(callback, ms),
	clear: (handle) => clearTimeout(handle as number),
};

export function replay(
	output: OutputChunk[],
	onChunk: (chunk: OutputChunk) => void,
	onEnd: () => void,
	timers: Timers = browserTimers
): { stop(): void } {
	const handles = output.map((chunk) => timers.set(() => onChunk(chunk), chunk.t));
	handles.push(timers.set(onEnd, Math.max(0, ...output.map((chunk) => chunk.t))));
	return { stop: () => handles.forEach((handle) => timers.clear(handle)) };
}
