/**
 * A copied program prints what its page shows. Each program with a committed transcript is copied alone into an
 * empty folder and run as its page tells a reader to (`python3 file.py`, `node file.ts`): no harness, no
 * `examples/package.json`, no permission flags. Its output must be the transcript's, stream by stream, and it must
 * end as the transcript says. It still runs in the sandbox (a pull request's program is a stranger's program).
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scheduleAsBuild } from '../../src/engine/drivers/schedule.ts';
import { discoverExamples, type ExampleProgram, type ExampleSource } from '../../src/engine/discover/discover.ts';
import { resolveRunOptions } from '../../src/engine/discover/metadata.ts';
import { chooseSandbox, sandboxCommand, sandboxEnv, DEFAULT_LIMITS } from '../../src/engine/run/sandbox.ts';
import { runCommand } from '../../src/engine/run/spawn.ts';
import { findPython } from '../../src/engine/toolchain/runtimes.ts';
import { readTranscript, transcriptPath } from '../../src/engine/transcripts/files.ts';
import { parseTranscript } from '../../src/engine/transcripts/parse.ts';
import { outputText } from '../../src/shared/output.ts';
import { ROOT } from '../helpers/examples-dir.ts';

interface Copied {
	example: ExampleSource;
	program: ExampleProgram;
	transcript: string;
}

/** The difference between what a lone copy printed and the transcript, or null when there is none. */
async function runCopy({ example, program, transcript }: Copied, python: string): Promise<string | null> {
	// A program that imports packages runs as a reader runs it after the page's `pip install`: on the packages.
	if (example.meta.engine === 'packages') python = path.join(ROOT, '.venv', 'bin', 'python');
	const dir = await mkdtemp(path.join(os.tmpdir(), `copied-${example.id}-`));
	try {
		const file = path.join(dir, path.basename(program.file));
		await copyFile(program.file, file);
		const runtime = program.lang === 'py' ? python : process.execPath;
		const options = resolveRunOptions(example.meta, program.lang);
		const result = await runCommand({
			// -u: a terminal shows Python's output line by line, where a pipe would hold stdout until the end. A flag,
			// not PYTHONUNBUFFERED, which the program's own children would inherit.
			command: sandboxCommand({
				command: program.lang === 'py' ? [runtime, '-u', file] : [runtime, file],
				level: chooseSandbox(process.env),
				tmpDir: dir,
				limits: DEFAULT_LIMITS,
			}),
			cwd: dir,
			env: sandboxEnv(dir, [runtime]),
			timeoutMs: options.timeoutMs * 2,
			maxOutputBytes: 256 * 1024,
			rawStream: 'stdout',
		});
		// As the engine shows them (engine/run/run-sandboxed.ts): the folder as …, the runtime's library as …/.
		const runtimePrefix = `${path.dirname(path.dirname(runtime))}/`;
		const printed = outputText(result.output).replaceAll(dir, '…').replaceAll(runtimePrefix, '…/');
		const expected = parseTranscript(transcript);
		const shown = outputText(expected.output);
		const problems = [];
		if (printed !== shown) problems.push(`printed:\n${printed}\n  the page shows:\n${shown}`);
		if (result.exitCode !== expected.exitCode || result.signal !== expected.signal) {
			problems.push(
				`ended with ${result.signal ?? `exit code ${result.exitCode}`}, the page shows ${expected.signal ?? `exit code ${expected.exitCode}`}`
			);
		}
		return problems.length
			? `${program.displayPath}, copied alone and run as \`${path.basename(runtime)} ${path.basename(file)}\`, ${problems.join('; ')}`
			: null;
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

describe('every program with a transcript, copied alone into an empty folder', () => {
	it('prints what its page shows, and ends the same way', { timeout: 900_000 }, async () => {
		const examples = await discoverExamples(path.join(ROOT, 'examples'), ROOT);
		const copies: Copied[] = [];
		for (const example of examples) {
			for (const program of example.programs) {
				// Spark and Beam programs have their own test (copied-engine-programs.test.ts): their copies print more
				// on stderr by design, since the harness, not the program, quiets their logs.
				if (program.lang === 'py' && (example.meta.engine === 'spark' || example.meta.engine === 'beam')) continue;
				const transcript = await readTranscript(transcriptPath(program.file));
				if (transcript !== null) copies.push({ example, program, transcript });
			}
		}
		expect(copies.length).toBeGreaterThan(150);
		const python = (await findPython(ROOT)).path;
		const problems: string[] = [];
		// As the build runs them: another copy starts while a core is free, since most of these sleep rather than
		// compute, and the timing-sensitive ones run alone at the end. One per core took 83 s.
		const planned = copies.map((c) => ({ ...c, options: resolveRunOptions(c.example.meta, c.program.lang) }));
		await scheduleAsBuild(planned, async (copy) => {
			const problem = await runCopy(copy, python);
			if (problem) problems.push(problem);
		});
		expect(problems).toEqual([]);
	});
});
