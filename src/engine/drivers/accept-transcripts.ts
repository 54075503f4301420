/**
 * Accepting transcripts: runs the examples as the build does (cached results reused) and writes each program's
 * transcript where it is missing or differs; removes a transcript whose program is gone or has none. A program this
 * machine could not run (an engine program without Java or .venv) keeps its transcript as committed: nothing here
 * could reproduce it. Says what it did, file by file. The only code that writes transcripts; CI never calls it.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { buildExamples } from './build-examples.ts';
import type { EngineConfig, EngineEffects } from '../config.ts';
import { closest } from '../../shared/closest.ts';
import { discoverExamples } from '../discover/discover.ts';
import { formatTranscript } from '../transcripts/format.ts';
import { isTranscriptFile, writeTranscript } from '../transcripts/files.ts';
import { UserError } from '../errors.ts';

export interface AcceptSummary {
	written: string[];
	removed: string[];
	/** Programs this machine did not run, one line each: their transcripts are left as they are, and why. */
	notRun: string[];
	unchanged: number;
}

/** Throws (with the build's own report) when an id is unknown or an example fails: then nothing is written. */
export async function acceptTranscripts(
	config: EngineConfig & { ids: string[] },
	effects: EngineEffects
): Promise<AcceptSummary> {
	const known = (await discoverExamples(config.examplesDir, config.root)).map((e) => e.id);
	const unknown = config.ids.filter((id) => !known.includes(id));
	if (unknown.length) {
		const hints = unknown.map((id) => {
			const hint = closest(id, known);
			return `"${id}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
		});
		throw new UserError(`No example named ${hints.join(', ')} in ${path.relative(config.root, config.examplesDir)}/`);
	}
	const only = config.ids.length ? config.ids : undefined;
	const { examples } = await buildExamples({ ...config, only, transcripts: 'report' }, effects);

	const summary: AcceptSummary = { written: [], removed: [], notRun: [], unchanged: 0 };
	for (const example of examples) {
		const keep = new Set<string>();
		for (const program of example.programs) {
			const status = program.transcript!;
			if (status.state === 'not-compared') continue;
			keep.add(path.basename(status.file));
			if (status.state === 'not-run') {
				const { from, needs } = program.notRun!;
				const done = from === 'transcript' ? `kept ${status.file} as committed` : `did not write ${status.file}`;
				const why = needs ? `, it needs ${needs.missing}; install it with: ${needs.install}` : '';
				summary.notRun.push(`${done}: not run on this machine${why}`);
				continue;
			}
			if (status.state === 'matches') {
				summary.unchanged++;
				continue;
			}
			await writeTranscript(path.join(config.root, status.file), formatTranscript(program));
			summary.written.push(`${status.file} (${status.state === 'missing' ? 'new' : 'changed'})`);
		}
		const dir = path.join(config.examplesDir, example.id);
		for (const name of await readdir(dir)) {
			if (!isTranscriptFile(name) || keep.has(name)) continue;
			await rm(path.join(dir, name));
			summary.removed.push(`${path.relative(config.root, path.join(dir, name))} (no program, or a racy one)`);
		}
	}
	return summary;
}

export function formatAcceptSummary(summary: AcceptSummary): string {
	const lines = [
		...summary.written.map((file) => `wrote ${file}`),
		...summary.removed.map((file) => `removed ${file}`),
		...summary.notRun,
		`transcripts: ${summary.written.length} written, ${summary.removed.length} removed, ${summary.unchanged} unchanged` +
			(summary.notRun.length ? `, ${summary.notRun.length} left as they are (not run on this machine)` : ''),
	];
	if (summary.written.length || summary.removed.length) {
		lines.push('Review them (git diff examples/) and commit them with your change.');
	}
	return lines.join('\n');
}
