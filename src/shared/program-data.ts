/** What the runner fetches on click for one example: each program's source, recorded run and browser tag. */
import type { BrowserSupport } from './browser-support.ts';
import type { ExampleResult } from '../engine/model/example-result.ts';
import type { OutputChunk } from './output.ts';
import type { LanguageId } from './languages.ts';

export interface ProgramData {
	lang: LanguageId;
	fileName: string;
	source: string;
	/** The runtime of the build's run, e.g. `Node 26.10.0`. */
	runtime: string;
	/** The build's recorded output, each chunk with the time it was written. */
	output: OutputChunk[];
	exitCode: number | null;
	browser: BrowserSupport;
}

export interface ExampleData {
	id: string;
	programs: ProgramData[];
}

export function programData(example: ExampleResult): ExampleData {
	return {
		id: example.id,
		programs: example.programs.map((p) => ({
			lang: p.lang,
			fileName: p.file.split('/').at(-1)!,
			source: p.source,
			runtime: p.runtime,
			output: p.output,
			exitCode: p.exitCode,
			browser: p.browser,
		})),
	};
}
