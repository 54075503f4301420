/**
 * Runs one TypeScript program in this Web Worker, as `node program.ts` would where a browser can: types stripped
 * by Sucrase (never type-checked), `node:timers/promises` mapped to the worker's timers, console output formatted
 * as Node does, and the program over when no timer is left (Node's rule), with Node's exit codes.
 */
import { transform } from 'sucrase';
import { formatLog, inspect } from './console-format.ts';
import { timersPromises } from './timers-shim.ts';
import { workerOutput, type WorkerMessage } from '../worker-output.ts';

export interface TsRunRequest {
	source: string;
	fileName: string;
	maxOutputChars: number;
}

const native = {
	setTimeout: globalThis.setTimeout.bind(globalThis),
	clearTimeout: globalThis.clearTimeout.bind(globalThis),
	setInterval: globalThis.setInterval.bind(globalThis),
	clearInterval: globalThis.clearInterval.bind(globalThis),
};
const post = (message: WorkerMessage) => globalThis.postMessage(message);
const SHIM_KEY = Symbol.for('concurrency-notes.timers-promises');

/** setImmediate's handles are `immediate-<n>`: strings, so that no timer id (a number) can be one. */
const IMMEDIATE_PREFIX = 'immediate-';
export const immediateHandle = (n: number) => `${IMMEDIATE_PREFIX}${n}`;
/** The `n` of a handle from immediateHandle (NaN for anything else, which then clears nothing). */
export const immediateNumber = (handle: unknown) =>
	String(handle).startsWith(IMMEDIATE_PREFIX) ? Number(String(handle).slice(IMMEDIATE_PREFIX.length)) : NaN;

globalThis.onmessage = (event: MessageEvent<TsRunRequest>) => run(event.data);

function run({ source, fileName, maxOutputChars }: TsRunRequest): void {
	const out = workerOutput(
		post,
		maxOutputChars,
		() => performance.now(),
		(f) => native.setTimeout(f, 0)
	);
	let exited = false;
	const exit = (code: number) => {
		if (exited) return;
		exited = true;
		out.flush();
		post({ type: 'exit', code });
	};
	const print =
		(stream: 'stdout' | 'stderr') =>
		(...args: unknown[]) =>
			out.write(stream, `${formatLog(args)}\n`);
	const cleanStack = (text: string) => text.replaceAll(programUrl, fileName);
	const crash = (error: unknown) => {
		out.write('stderr', `Uncaught ${cleanStack(inspect(error, 0))}\n`);
		exit(1);
	};

	let js: string;
	try {
		js = transform(source, { transforms: ['typescript'], disableESTransforms: true, filePath: fileName }).code;
	} catch (error) {
		out.write('stderr', `${fileName}: ${(error as Error).message}\n`);
		return exit(1);
	}

	// Timers that keep the program alive, as on Node: the program is over when none is left.
	const active = new Set<unknown>();
	let topLevel: 'pending' | 'done' = 'pending';
	const checkIdle = () =>
		native.setTimeout(() => {
			if (exited || active.size) return;
			if (topLevel === 'done') exit(0);
			else {
				out.write('stderr', `Warning: Detected unsettled top-level await in ${fileName}\n`);
				exit(13);
			}
		}, 0);
	type Callback = (...args: unknown[]) => void;
	const track = (callback: Callback, args: unknown[], handle: () => unknown, once: boolean) => {
		const id: unknown = handle();
		active.add(id);
		return {
			id,
			fire: () => {
				if (once) active.delete(id);
				try {
					callback(...args);
				} finally {
					checkIdle();
				}
			},
		};
	};
	const g = globalThis as unknown as Record<string | symbol, unknown>;
	g.setTimeout = (callback: Callback, ms?: number, ...args: unknown[]) => {
		let fire = () => {};
		const timer = track(callback, args, () => native.setTimeout(() => fire(), ms), true);
		fire = timer.fire;
		return timer.id;
	};
	g.clearTimeout = (id: number) => {
		native.clearTimeout(id);
		active.delete(id) && checkIdle();
	};
	g.setInterval = (callback: Callback, ms?: number, ...args: unknown[]) => {
		let fire = () => {};
		const timer = track(callback, args, () => native.setInterval(() => fire(), ms), false);
		fire = timer.fire;
		return timer.id;
	};
	g.clearInterval = (id: number) => {
		native.clearInterval(id);
		active.delete(id) && checkIdle();
	};
	// setImmediate: a message to ourselves runs on the next loop turn, without setTimeout's 4 ms clamp.
	let nextImmediate = 0;
	const immediates = new Map<number, () => void>();
	const channel = new MessageChannel();
	channel.port1.onmessage = ({ data }: MessageEvent<number>) => immediates.get(data)?.();
	g.setImmediate = (callback: Callback, ...args: unknown[]) => {
		const id = immediateHandle(++nextImmediate);
		const timer = track(callback, args, () => id, true);
		immediates.set(nextImmediate, () => {
			immediates.delete(immediateNumber(id));
			timer.fire();
		});
		channel.port2.postMessage(nextImmediate);
		return id;
	};
	g.clearImmediate = (id: string) => {
		immediates.delete(immediateNumber(id));
		active.delete(id) && checkIdle();
	};
	g[SHIM_KEY] = timersPromises({
		setTimeout: (f, ms) => (g.setTimeout as typeof setTimeout)(f, ms),
		clearTimeout: (id) => (g.clearTimeout as (id: unknown) => void)(id),
		setImmediate: (f) => (g.setImmediate as (f: () => void) => unknown)(f),
		clearImmediate: (id) => (g.clearImmediate as (id: unknown) => void)(id),
	});

	console.log = console.info = console.debug = print('stdout');
	console.error = console.warn = console.trace = print('stderr');
	globalThis.addEventListener('error', (event) => {
		event.preventDefault();
		crash(event.error ?? event.message);
	});
	globalThis.addEventListener('unhandledrejection', (event) => {
		event.preventDefault();
		crash(event.reason);
	});

	const shim = `const t = globalThis[Symbol.for('concurrency-notes.timers-promises')];
export const setTimeout = t.setTimeout;
export const setImmediate = t.setImmediate;`;
	const shimUrl = URL.createObjectURL(new Blob([shim], { type: 'text/javascript' }));
	const program = js.replace(
		/(\bfrom\s*|\bimport\s*\(\s*)(['"])(?:node:)?timers\/promises\2/g,
		(_, before: string) => `${before}'${shimUrl}'`
	);
	const programUrl = URL.createObjectURL(new Blob([program], { type: 'text/javascript' }));
	post({ type: 'started' });
	import(/* @vite-ignore */ programUrl).then(
		() => {
			topLevel = 'done';
			checkIdle();
		},
		(error: unknown) => crash(error)
	);
}
