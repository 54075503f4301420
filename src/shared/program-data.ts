/**
 * What the runner fetches on click for one example (`/_run/<id>.json`, astro/routes/run-data.ts): each program's
 * source, recorded run and browser tag. The contract between the build and the reader's browser.
 */
import type { BrowserSupport } from './browser-support.ts';
import type { Claim } from './claims.ts';
import type { OutputChunk } from './output.ts';
import type { LanguageId } from './languages.ts';
import type { LoopView } from './loop.ts';

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
	/** The claims the build checked this program's run by (example.json): a challenge checks the reader's run by them. */
	claims: Claim[];
	/**
	 * The event loop's view of the build's run (Timeline.loop), for the loop stepper and the iteration a prediction
	 * asks about. Here rather than in the page: the page carries only the capped table, and this costs nothing before
	 * the click that fetches it.
	 */
	loop?: LoopView;
}

export interface ExampleData {
	id: string;
	programs: ProgramData[];
}
