// Records what ran when in a TypeScript example, for its timeline (see src/engine/record/events.ts). Loaded by
// node-preload.mjs in the main thread, in every worker and in every forked child. It records what Node names on its
// own — worker threads and child processes (through their built-in diagnostics channels) — and the spans only the
// program knows, which it marks with the standard `performance.mark()` / `performance.measure()` (both still do
// exactly what they always do).
// In the main thread it also sends the event loop's turns (node-loop-recorder.mjs), when the preload starts it.
// It also records every attempt to reach the network beyond loopback, which Node's permission model refuses: the
// build fails such a run, whose page would show what a reader's copy, with a network, need not print.
// Times are `process.hrtime.bigint()`: CLOCK_MONOTONIC, the clock Python's `time.perf_counter_ns()` reads.
// Events go to fd 1 as frames `\0t<bytes>\0<json lines>`, written synchronously, each under PIPE_BUF.
import { subscribe } from 'node:diagnostics_channel';
import { errorMonitor } from 'node:events';
import { writeSync } from 'node:fs';
import { isMainThread, threadId } from 'node:worker_threads';
import { output, recordLoop } from './node-loop-recorder.mjs';

/** node-preload.mjs counts the lines each write of the main thread prints, for the loop recorder. */
export { output };

const now = () => process.hrtime.bigint().toString();
// performance.now() counts from this thread's own origin: map it onto the monotonic clock once.
const clockBase = process.hrtime.bigint() - BigInt(Math.round(performance.now() * 1e6));
const toMonotonic = (ms) => (clockBase + BigInt(Math.round(ms * 1e6))).toString();
const PIPE_BUF = 4096;

// Events wait in a small buffer: one write per few dozen events, not one per event. It is flushed when it nears
// PIPE_BUF (so writes of several threads and processes never interleave), soon after the first event (a timer
// that does not keep the program alive), and when the process ends. Workers, which can be terminated without
// notice, write each event at once.
let pending = '';
let pendingBytes = 0;
let timer = null;
const pause = new Int32Array(new SharedArrayBuffer(4));

function flush() {
	if (timer) (clearTimeout(timer), (timer = null));
	if (!pending) return;
	const data = Buffer.from(pending);
	pending = '';
	pendingBytes = 0;
	const frame = Buffer.concat([Buffer.from(`\0t${data.length}\0`), data]);
	// stdout is a pipe the engine drains; when it is full, wait for room rather than lose events.
	for (let waited = 0; waited < 10_000; waited++) {
		try {
			writeSync(1, frame);
			return;
		} catch (error) {
			if (error.code !== 'EAGAIN') return; // the engine stopped reading: the run is over
			Atomics.wait(pause, 0, 0, 1);
		}
	}
}

/** Adds an event to the buffer, and writes the buffer when it is full; schedules nothing. */
function send(event) {
	const line = `${JSON.stringify(event)}\n`;
	const bytes = Buffer.byteLength(line);
	if (pendingBytes + bytes > PIPE_BUF - 16) flush();
	pending += line;
	pendingBytes += bytes;
}

function emit(...events) {
	for (const event of events) send(event);
	// A worker may be terminated at any moment, without an 'exit' event: it writes at once.
	if (!isMainThread) flush();
	else if (!timer) ((timer = setTimeout(flush, 0)), timer.unref());
}

function record(entry) {
	if (entry?.entryType === 'measure') {
		const end = entry.startTime + entry.duration;
		emit(['span', process.pid, threadId, entry.name.slice(0, 200), toMonotonic(entry.startTime), toMonotonic(end)]);
	} else if (entry?.entryType === 'mark') {
		emit(['mark', process.pid, threadId, entry.name.slice(0, 200), toMonotonic(entry.startTime)]);
	}
}
// Each mark and measure is sent as it is made: a PerformanceObserver delivers its entries later, and a worker
// that is terminated (or a process that exits) before then would lose them.
for (const method of ['mark', 'measure']) {
	const original = performance[method].bind(performance);
	performance[method] = function (...args) {
		const entry = original(...args);
		record(entry);
		return entry;
	};
}

const isLoopback = (host) =>
	['', 'localhost', '::1', '0.0.0.0', '::'].includes(host) || host.startsWith('127.') || host.endsWith('.localhost');
function networkAttempt(host, port, what) {
	if (!isLoopback(host)) emit(['net', process.pid, host.slice(0, 200), String(port), what.slice(0, 300)]);
}
// A fetch, with its URL, as it starts; then any socket (a fetch's too) with what Node knew when it refused it: the
// host, and its port when it got past the name's lookup. errorMonitor watches the error without handling it.
subscribe('undici:request:create', ({ request }) => {
	const url = new URL(request.path, request.origin);
	const port = url.port || { 'http:': '80', 'https:': '443' }[url.protocol] || '';
	networkAttempt(url.hostname.replace(/^\[(.*)\]$/, '$1'), port, `fetch ${url.href}`);
});
subscribe('net.client.socket', ({ socket }) =>
	socket.once(errorMonitor, (error) => {
		if (error?.code === 'ERR_ACCESS_DENIED')
			networkAttempt(error.hostname ?? error.address ?? '', error.port ?? '', error.syscall ?? 'connect');
	})
);

let finishLoop = () => {};
/**
 * Records the main thread's event loop (node-loop-recorder.mjs), as node-preload.mjs asks: not when the engine
 * measures what it costs (`npm run bench:recording`). Its events wait for a full buffer or the exit: a flush timer
 * per turn would add turns of its own.
 */
export function startLoopRecorder() {
	if (isMainThread) finishLoop = recordLoop({ send, ownCallbacks: [flush] });
}

if (isMainThread) {
	const started = now();
	subscribe('worker_threads', ({ worker }) => {
		const created = now();
		const id = worker.threadId; // -1 once the worker has exited
		worker.once('exit', (code) => emit(['worker', process.pid, id, created, now(), code]));
	});
	subscribe('child_process', ({ process: child }) => {
		const created = now();
		// Published as the ChildProcess is made, before it is spawned: its command is known at exit.
		child.once('exit', (code) => {
			const name = [child.spawnfile, ...(child.spawnargs ?? []).slice(1)]
				.filter((part) => !process.execArgv.includes(part)) // fork() repeats the harness's own flags
				.map((part) => String(part).split('/').at(-1))
				.join(' ')
				.slice(0, 200);
			emit(['child', process.pid, child.pid ?? 0, name, created, now(), code]);
		});
	});
	process.once('exit', (code) => {
		finishLoop();
		emit(['process', process.pid, process.ppid, 'main', started, now(), code]);
		flush();
	});
}
