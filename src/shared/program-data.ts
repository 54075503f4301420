/**
 * What the runner fetches on click for one example (`/_run/<id>.json`, astro/routes/run-data.ts): each program's
 * source, recorded run and browser tag. The contract between the build and the reader's browser.
 */
import type { BrowserSupport } from './browser-support.ts';
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
