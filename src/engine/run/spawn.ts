/**
 * Runs one command to its end, capturing its framed output, and never lets it outlive its time: on timeout, or
 * when it prints past the output limit, its whole process group is killed. The result says how it ended; whether
 * that is a failure is decided by the caller (expectation.ts).
 */
import { spawn } from 'node:child_process';
import type { OutputVariant } from '../record/distinct-outputs.ts';
import type { OutputChunk, Stream } from '../../shared/output.ts';
import { FrameParser } from './frames.ts';

export interface RunRequest {
	command: string[];
	cwd: string;
	env: Record<string, string>;
	timeoutMs: number;
	/** Output past this many bytes stops the run (the recorder's events have their own limit, MAX_TRACE_BYTES). */
	maxOutputBytes: number;
	rawStream: Stream;
	/** Kills every process the run started, where the caller can reach them all (a cgroup); the group kill is always done. */
	killAll?: () => void;
}

/** How one command ended and what it printed. */
export interface CommandResult {
	/** `exited`: ended on its own (any code); `timeout` and `output-limit`: killed by the engine. */
	status: 'exited' | 'timeout' | 'output-limit';
	exitCode: number | null;
	/** The signal that ended the process, if one did. */
	signal: string | null;
	output: OutputChunk[];
	durationMs: number;
	/** CPU time of every process the run started, where the machine can count it (engine/run/cgroup.ts). */
	cpuMs?: number;
	/** The timeline recorder's events, JSON lines (see engine/record/events.ts). */
	trace?: string;
	/** Declared nondeterministic: every distinct output of its runs, with counts (repeat-runs.ts). */
	variants?: OutputVariant[];
}

/** One example's run: the command's result, and where it ran. */
export interface RunResult extends CommandResult {
	/** How many times the run's process cap refused a fork or a thread, where a cgroup caps it (cgroup.ts). */
	pidsCapHits?: number;
	/** The machine that ran it, e.g. `2 cores`: stored with the run, so a cached run keeps the machine it ran on. */
	machine: string;
	/**
	 * A Spark program's event log (the events record/spark-events.ts reads), and the clocks' difference when it ran:
	 * Spark's times are epoch ms, the recorder's CLOCK_MONOTONIC; epoch − monotonic maps one onto the other.
	 */
	spark?: { events: string; epochMinusMonotonicMs: number };
}

export const DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024;
/**
 * The recorders' events travel in the same pipe but are not output: a program with many task steps or loop turns
 * must not be stopped for what the recorder said about it. They are bounded on their own, far above what the
 * recorders' own bounds let them send, only so a broken recorder cannot fill the engine's memory.
 */
export const MAX_TRACE_BYTES = 16 * 1024 * 1024;

/** How long the pipe may stay open after the process exits (a descendant still holding it). */
const DRAIN_MS = 200;

export function runCommand(request: RunRequest): Promise<CommandResult> {
	const started = performance.now();
	const elapsed = () => performance.now() - started;
	const parser = new FrameParser(request.rawStream);
	const [file, ...args] = request.command;
	// detached: the child leads a new process group, so one kill reaches everything it started.
	const child = spawn(file!, args, {
		cwd: request.cwd,
		env: request.env,
		detached: true,
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	const killGroup = () => {
		try {
			process.kill(-child.pid!, 'SIGKILL');
		} catch {
			// The group is already gone.
		}
		request.killAll?.();
	};

	return new Promise<CommandResult>((resolve, reject) => {
		let status: CommandResult['status'] = 'exited';
		const stop = (why: CommandResult['status']) => {
			if (status === 'exited') status = why;
			killGroup();
		};
		const timer = setTimeout(() => stop('timeout'), request.timeoutMs);
		const onData = (stream: 'stdout' | 'stderr') => (data: Buffer) => {
			if (status !== 'exited') return;
			// The sandbox sends stderr into stdout; the stderr pipe only carries the wrapper's own complaints.
			if (stream === 'stdout') parser.push(data, elapsed());
			else parser.append('stderr', data, elapsed());
			// Checked after parsing, since only the frames tell output from events: the output kept may pass the
			// limit by one read.
			if (parser.outputBytes > request.maxOutputBytes || parser.traceBytes > MAX_TRACE_BYTES) stop('output-limit');
		};
		child.stdout.on('data', onData('stdout'));
		child.stderr.on('data', onData('stderr'));
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(new Error(`could not start ${file}: ${error.message}`, { cause: error }));
		});
		child.on('exit', (exitCode, signal) => {
			clearTimeout(timer);
			const durationMs = elapsed();
			// Whatever the program left behind in its group dies with it.
			killGroup();
			const finish = () => {
				parser.end(elapsed());
				resolve({ status, exitCode, signal, output: parser.chunks, durationMs, trace: parser.trace });
			};
			const drain = setTimeout(() => {
				child.stdout.destroy();
				child.stderr.destroy();
				finish();
			}, DRAIN_MS);
			child.on('close', () => {
				clearTimeout(drain);
				finish();
			});
		});
	});
}
