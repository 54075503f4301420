/**
 * Which programs have a committed transcript, and when a difference fails the build. One place to change either.
 */
import type { LanguageId } from '../../shared/languages.ts';
import { resolveRunOptions, type ExampleMeta } from '../discover/metadata.ts';
import { isCi } from '../env.ts';

/**
 * `check`: CI — a missing or different transcript fails the build; nothing is written.
 * `report`: local builds and dev — a difference is logged and marked on the page; nothing is written.
 */
export type TranscriptMode = 'check' | 'report';

/** CI checks; everything else reports. */
export function transcriptMode(env: NodeJS.ProcessEnv, dev: boolean): TranscriptMode {
	// A dev server is never CI, and must show a difference on the page rather than stop.
	return !dev && isCi(env) ? 'check' : 'report';
}

/**
 * Whether a program's output is compared with a committed transcript. An example declared racy
 * (`"nondeterministic": { "runs": N }` in example.json, shared or per language) prints a different text from run to
 * run by design, so it has no transcript; its page shows the distinct outputs instead.
 */
export function hasTranscript(meta: ExampleMeta, lang: LanguageId): boolean {
	return resolveRunOptions(meta, lang).nondeterministic === null;
}
