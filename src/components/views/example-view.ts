/**
 * Turns an example's recorded run into what the page shows: the program, and a terminal transcript whose stderr
 * lines are marked, titled with the command a reader would type, captioned with the runtime and the exit code.
 */
import path from 'node:path';
import type { BrowserSupport } from '../../shared/browser-support.ts';
import type { ExampleResult, ProgramResult } from '../../engine/model/index.ts';
import { closest } from '../../shared/closest.ts';
import { iterationOfOutputLine } from '../../shared/loop-steps.ts';
import { LANGUAGE_INFO, type LanguageId } from '../../shared/languages.ts';
import { NOT_RUN_PLACEHOLDER, offersRunButton, outputOrigin } from './not-run-notice.ts';

export interface ProgramView {
	lang: LanguageId;
	label: string;
	fileName: string;
	/** The engine's whole result, for what is shown beside the output (timeline, distinct outputs). */
	run: ProgramResult;
	source: string;
	highlight: string;
	/** How this output compares with the committed transcript; the page marks a difference. */
	transcript: ProgramResult['transcript'];
	/** Whether the page offers to run it in the browser or to replay the build's run. */
	browser: BrowserSupport;
	/** False when the button would replay a run that did not happen (EXAMPLES=off, see not-run-notice.ts). */
	runButton: boolean;
	output: {
		code: string;
		title: string;
		/** 1-based line numbers written to stderr. */
		stderrLines: number[];
		caption: string;
	};
}

export function programView(program: ProgramResult): ProgramView {
	const lang = LANGUAGE_INFO[program.lang];
	const fileName = path.basename(program.file);
	const shown = transcript(program);
	const { stderrLines } = shown;
	const code =
		program.notRun?.from === 'nothing'
			? program.notRun.needs
				? `(not run: this build lacks ${program.notRun.needs.missing}, and no transcript is committed)`
				: NOT_RUN_PLACEHOLDER
			: shown.code;
	// No exit code and no signal: a program that was not run (EXAMPLES=off) has no ending to show.
	const ending = program.signal
		? `killed by ${program.signal}`
		: program.exitCode !== 0 && program.exitCode !== null
			? `exit code ${program.exitCode}${program.expectedFailure ? ' (expected)' : ''}`
			: null;
	return {
		lang: program.lang,
		label: lang.label,
		fileName,
		run: program,
		source: program.source,
		highlight: lang.highlight,
		transcript: program.transcript,
		browser: program.browser,
		runButton: offersRunButton(program),
		output: {
			code,
			title: `${lang.readerCommand} ${fileName}`,
			stderrLines,
			caption: [outputOrigin(program), stderrLines.length ? 'lines marked stderr went to stderr' : null, ending]
				.filter(Boolean)
				.join(' · '),
		},
	};
}

/** The output as one text, in true order, and which of its lines came from stderr. */
export function transcript(program: Pick<ProgramResult, 'output'>): { code: string; stderrLines: number[] } {
	let code = '';
	const stderrLines: number[] = [];
	for (const chunk of program.output) {
		const firstLine = code.split('\n').length;
		code += chunk.text;
		if (chunk.stream !== 'stderr') continue;
		const lines = chunk.text.replace(/\n$/, '').split('\n').length;
		for (let i = 0; i < lines; i++) stderrLines.push(firstLine + i);
	}
	// Expressive Code drops a block's trailing blank lines, so they go here too, with any stderr mark on them.
	code = code.replace(/\n+$/, '');
	if (!code) return { code: '(no output)', stderrLines: [] };
	const lineCount = code.split('\n').length;
	return { code, stderrLines: [...new Set(stderrLines)].filter((line) => line <= lineCount) };
}

/** The programs to show, Python first (the notes are about Python), or only the one `lang` asks for. */
export function selectPrograms(example: ExampleResult, lang: LanguageId | undefined, page: string): ProgramView[] {
	const order: LanguageId[] = ['py', 'ts'];
	const programs = example.programs
		.filter((p) => !lang || p.lang === lang)
		.sort((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang));
	if (!programs.length) {
		throw new Error(`${page}: <Example id="${example.id}" lang="${lang}">: this example has no ${lang} program.`);
	}
	return programs.map(programView);
}

/** The error for an `<Example id>` that names no example. */
export function unknownExampleError(id: string, knownIds: string[], page: string): Error {
	const hint = closest(id, knownIds);
	return new Error(
		`${page}: <Example id="${id}"> names no example (no folder examples/${id}/).${hint ? ` Did you mean "${hint}"?` : ''}`
	);
}

/**
 * `<Example predict>` asks a reader to order the lines of one run: an example declared nondeterministic has no
 * single right order, so asking is an error in the page.
 */
export function checkPredictable(example: ExampleResult, page: string): void {
	const racy = example.programs.find((p) => p.variants);
	if (racy) {
		throw new Error(
			`${page}: <Example id="${example.id}" predict>: its ${LANGUAGE_INFO[racy.lang].label} program is declared nondeterministic: its output has no single order to predict.`
		);
	}
}

/**
 * `<Example predictIteration="line">` asks in which iteration of the event loop a line prints; the answer is read
 * from the recorded loop in the reader's browser (ProgramData.loop). The programs whose recorded loop says which
 * iteration printed that line get the question; none is an error in the page (a line not in the output, or a run
 * whose loop was not recorded), since the question could not be answered. A build that ran nothing (`EXAMPLES=off`,
 * no timeline anywhere) asks nothing and says nothing: it has no loop to show either.
 */
export function iterationQuestionLangs(example: ExampleResult, line: string, page: string): LanguageId[] {
	if (!example.programs.some((p) => p.timeline)) return [];
	const answerable = example.programs.filter((p) => {
		const at = transcript(p).code.split('\n').indexOf(line);
		return at >= 0 && iterationOfOutputLine(p.timeline?.loop, at) !== null;
	});
	if (answerable.length === 0)
		throw new Error(
			`${page}: <Example id="${example.id}" predictIteration=${JSON.stringify(line)}>: no program's recorded event loop printed that line. Use a line of the output exactly as printed, in an example whose run records its loop (an asyncio program).`
		);
	return answerable.map((p) => p.lang);
}
