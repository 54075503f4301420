/**
 * The languages examples are written in, as a reader sees them: names, file extensions, highlighting and the
 * command a reader types. How the engine starts each one is in engine/run/languages.ts.
 */

export type LanguageId = 'ts' | 'py';

export interface LanguageInfo {
	id: LanguageId;
	/** Tab label and the name shown beside the runtime version. */
	label: string;
	/** The runtime's name, shown with its version under the output. */
	runtimeName: string;
	extension: string;
	/** Shiki language id. */
	highlight: string;
	/** The command a reader would type, shown as the output's title. */
	readerCommand: string;
}

export const LANGUAGE_INFO: Record<LanguageId, LanguageInfo> = {
	py: {
		id: 'py',
		label: 'Python',
		runtimeName: 'Python',
		extension: '.py',
		highlight: 'python',
		readerCommand: 'python3',
	},
	ts: { id: 'ts', label: 'TypeScript', runtimeName: 'Node', extension: '.ts', highlight: 'ts', readerCommand: 'node' },
};

export const LANGUAGE_IDS = Object.keys(LANGUAGE_INFO) as [LanguageId, ...LanguageId[]];
