/**
 * What a TypeScript program gets from `node:timers/promises` in the browser runner: the promise forms of
 * setTimeout and setImmediate, with Node's AbortSignal handling and error. Built on the worker's (tracked)
 * timers, so a pending sleep keeps the program alive as it does on Node.
 */
export class AbortError extends Error {
	override name = 'AbortError';
	code = 'ABORT_ERR';
	constructor(cause: unknown) {
		super('The operation was aborted', { cause });
	}
}

interface Options {
	signal?: AbortSignal;
}

function abortable<T>(
	schedule: (done: () => void) => unknown,
	cancel: (handle: unknown) => void,
	value: T,
	options: Options = {}
): Promise<T> {
	const { signal } = options;
	return new Promise<T>((resolve, reject) => {
		if (signal?.aborted) return reject(new AbortError(signal.reason));
		const onAbort = () => {
			cancel(handle);
			reject(new AbortError(signal!.reason));
		};
		const handle = schedule(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve(value);
		});
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}

export interface TimerFunctions {
	setTimeout(callback: () => void, ms?: number): unknown;
	clearTimeout(handle: unknown): void;
	setImmediate(callback: () => void): unknown;
	clearImmediate(handle: unknown): void;
}

export function timersPromises(timers: TimerFunctions) {
	return {
		setTimeout: <T = void>(ms = 1, value?: T, options?: Options) =>
			abortable((done) => timers.setTimeout(done, ms), timers.clearTimeout, value as T, options),
		setImmediate: <T = void>(value?: T, options?: Options) =>
			abortable((done) => timers.setImmediate(done), timers.clearImmediate, value as T, options),
	};
}
