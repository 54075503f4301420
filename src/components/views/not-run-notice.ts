/**
 * What a page says about an output this build did not run (`EXAMPLES=off`, see offline-results.ts): where the
 * output comes from, that it may be older than the program, and how to get a fresh one. A build that ran the
 * program says nothing here.
 */
import type { ProgramResult } from '../../engine/model/index.ts';

export interface NotRunNotice {
	heading: string;
	text: string;
}

const OFF = 'This build checked and ran no example.';

export function notRunNotice(program: Pick<ProgramResult, 'file' | 'notRun'>): NotRunNotice | null {
	const notRun = program.notRun;
	if (!notRun) return null;
	if (notRun.needs) {
		const { missing, install } = notRun.needs;
		const shown =
			notRun.from === 'transcript'
				? `The output below is ${notRun.transcript} as committed, from a machine that had it; no timeline is drawn without a run.`
				: 'There is no committed transcript to show instead.';
		return {
			heading: `Not run in this build: it needs ${missing}`,
			text: `This build could not run this program: it needs ${missing}, which the machine that built this page lacks. ${shown} Install it with \`${install}\` and build again (a running \`npm run dev\` runs it after the next save).`,
		};
	}
	switch (notRun.from) {
		case 'transcript':
			return {
				heading: 'Not re-run: committed transcript (EXAMPLES=off)',
				text: `${OFF} The output below is ${notRun.transcript} as committed, which may be older than the program above; a timeline needs a run, so none is drawn. Build without EXAMPLES=off to run it.`,
			};
		case 'cache':
			return {
				heading: 'Not re-run: last cached output (EXAMPLES=off)',
				text: `${OFF} The output below, and its timeline if it has one, come from the cached run of this same program, unchanged since (its cache key is the same): what a build that ran it would show. Build without EXAMPLES=off to run it again.`,
			};
		case 'nothing':
			return {
				heading: 'Not run: no transcript (EXAMPLES=off)',
				text: `${OFF} There is no output to show: ${
					notRun.transcript
						? `${notRun.transcript} is not committed yet`
						: `${program.file} is declared racy, so it has no committed transcript`
				}, and the cache holds no run of this version of the program. Build without EXAMPLES=off to see its output.`,
			};
	}
}

/** Shown in place of the output when there is none to show. */
export const NOT_RUN_PLACEHOLDER = '(not run, no transcript: nothing to show in a build with EXAMPLES=off)';

/** The start of the caption under the output: when and how it was captured. */
export function outputOrigin(program: Pick<ProgramResult, 'runtime' | 'notRun'>): string {
	if (program.notRun?.needs)
		return program.notRun.from === 'transcript'
			? 'Committed transcript, not run in this build'
			: 'Not run in this build';
	switch (program.notRun?.from) {
		case undefined:
			return `Output captured at build time · ${program.runtime}`;
		case 'transcript':
			return 'Committed transcript, not re-run in this build';
		case 'cache':
			return `Last cached output, not re-run in this build · ${program.runtime}`;
		case 'nothing':
			return 'Not run in this build';
	}
}

/**
 * Whether the page offers the program's button. "Edit & run" always (it runs in the reader's browser); "Replay the
 * build's run" only for a real run: a transcript has no times, and a placeholder nothing, to replay.
 */
export function offersRunButton(program: Pick<ProgramResult, 'browser' | 'notRun'>): boolean {
	return program.browser.runsIn === 'browser' || !program.notRun || program.notRun.from === 'cache';
}
