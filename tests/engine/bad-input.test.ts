/**
 * Bad input costs nothing: a malformed committed file (example.json, a .versions.json, a transcript) is reported
 * naming the file and what to do, as the contributor's problem, never as a bug of the engine; and the file is left
 * exactly as it was. (A Spark event log cut short: tests/engine/record/spark-events.unit.test.ts.)
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildExamples } from '../../src/engine/drivers/build-examples.ts';
import { reportable, UserError } from '../../src/engine/errors.ts';
import { examplesDirWith, recordingEffects } from '../helpers/examples-dir.ts';
import { addEngineFixtures } from '../helpers/engine-env.ts';

const CONFLICT = '<<<<<<< HEAD\n{ "main": "3.13.0" }\n=======\n{ "main": "3.13.1" }\n>>>>>>> theirs\n';

/** The build's error as a person sees it: a UserError's message, or "a bug in the example engine: …". */
async function buildError(build: Promise<unknown>): Promise<string> {
	const error = await build.then(
		() => null,
		(e: unknown) => e
	);
	expect(error, 'the build was expected to fail').not.toBeNull();
	expect(error).toBeInstanceOf(UserError);
	return reportable(error, process.env).message;
}

describe('a malformed committed file', () => {
	// A contributor's machine (CI refuses engine programs it cannot run before it reads their transcripts).
	beforeEach(() => void vi.stubEnv('CI', ''));

	it('example.json: the build stops, naming the file and the field', async () => {
		const dirs = await examplesDirWith(['ok']);
		const file = path.join(dirs.examplesDir, 'ok', 'example.json');
		await writeFile(file, '{ "timeoutMs": 5000, }\n');
		const message = await buildError(buildExamples(dirs, recordingEffects().effects));
		expect(message).toContain('examples/ok/example.json: not valid JSON: ');
		expect(await readFile(file, 'utf8')).toBe('{ "timeoutMs": 5000, }\n');
	});

	it('.versions.json: the build goes on, shows the program unchecked on other versions, and names the file', async () => {
		const dirs = await examplesDirWith(['ok']);
		const file = path.join(dirs.examplesDir, 'ok', 'ok.py.versions.json');
		await writeFile(file, CONFLICT);
		const { lines, effects } = recordingEffects();
		const { examples } = await buildExamples(dirs, effects);
		const py = examples[0]!.programs.find((p) => p.lang === 'py')!;
		expect(py.versions!.unchecked).toMatch(
			/^not checked on other versions for this version of the program \(examples\/ok\/ok\.py\.versions\.json is not valid JSON: /
		);
		const said = lines
			.join('\n')
			.split('\n')
			.find((l) => l.startsWith('examples/ok/ok.py.versions.json is not valid JSON: '));
		expect(said).toMatch(
			/ is not valid JSON\. It is written by npm run examples:matrix: run it to make the file again \(or restore it: git checkout -- examples\/ok\/ok\.py\.versions\.json\)\.$/
		);
		expect(await readFile(file, 'utf8')).toBe(CONFLICT);
	});

	it('a transcript of a program that runs: shown as changed, with the command that writes it again', async () => {
		const dirs = await examplesDirWith(['ok']);
		const file = path.join(dirs.examplesDir, 'ok', 'ok.py.out');
		await writeFile(file, CONFLICT);
		const { lines, effects } = recordingEffects();
		const { examples } = await buildExamples(dirs, effects);
		expect(examples[0]!.programs.find((p) => p.lang === 'py')!.transcript!.state).toBe('changed');
		expect(lines).toContain(
			'1 transcript changed: examples/ok/ok.py.out; 1 transcript missing: examples/ok/ok.ts.out (review, then `npm run examples:accept -- ok`)'
		);
		expect(await readFile(file, 'utf8')).toBe(CONFLICT);
	});

	it('a transcript of an engine program this machine cannot run: the build stops, naming it and what to do', async () => {
		// No .venv in this throw-away project: the program's page would show its committed transcript.
		const dirs = await examplesDirWith([]);
		await addEngineFixtures(dirs, ['anyio-group']);
		const file = path.join(dirs.examplesDir, 'anyio-group', 'anyio-group.py.out');
		await writeFile(file, CONFLICT);
		const message = await buildError(buildExamples(dirs, recordingEffects().effects));
		expect(message).toBe(
			[
				'1 committed transcript(s) cannot be read:',
				'',
				'example "anyio-group" (examples/anyio-group/anyio-group.py.out:1) is not a transcript: unexpected line "<<<<<<< HEAD": a line starts with "out| " or "err| ", or is "\\ no newline" after one; "exit code N" or "killed by SIGNAL" may end it. Restore it (git checkout -- examples/anyio-group/anyio-group.py.out), or install what it needs (npm install (its postinstall runs node scripts/python-env.ts)) and accept the output (npm run examples:accept -- anyio-group)',
				'  shown on: no page yet',
			].join('\n')
		);
		expect(await readFile(file, 'utf8')).toBe(CONFLICT);
	});
});
