/** The one line a build of the examples ends with, for people and scripts to read. */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface EngineSummary {
	checked: number;
	ran: number;
	cached: number;
	failed: number;
	seconds: number;
	/** The programs that ran (not cached): how long running them took, and what they cost. */
	stage: StageCost;
	/** Set when examples were switched off (EXAMPLES=off): where each program's output came from instead. */
	off?: OffSummary;
}

export interface StageCost {
	/** From the first program's start to the last one's end. */
	seconds: number;
	/** The longest single program, with all its runs (a declared race runs several times). */
	longestSeconds: number;
	/** CPU time of all their processes; null where the machine cannot count it (run-cgroup.ts). */
	cpuSeconds: number | null;
}

/** A build with examples switched off (offline-results.ts): how many programs show what. */
export interface OffSummary {
	transcripts: number;
	cached: number;
	nothing: number;
}

export function formatSummary(s: EngineSummary): string {
	// Never the shape of a checked build's line: a reader (or a script) of a CI log must not take one for the other.
	if (s.off) {
		const { transcripts, cached, nothing } = s.off;
		return `examples: OFF (EXAMPLES=off), nothing checked, 0 ran: ${transcripts} shown from committed transcripts, ${cached} from the cache, ${nothing} with no output, in ${s.seconds.toFixed(2)}s`;
	}
	return `examples: ${s.checked} checked, ${s.ran} ran, ${s.cached} cached, ${s.failed} failed in ${s.seconds.toFixed(2)}s`;
}

/**
 * The summary of the last build, kept in the cache folder: the loader writes it, the integration prints it as the
 * build's last line. A file, because the two run in one process but in separate module graphs (Astro loads the
 * content config through Vite), so no module state is shared between them.
 */
const summaryFile = (cacheDir: string) => path.join(cacheDir, 'last-summary.json');

export async function writeSummary(cacheDir: string, summary: EngineSummary): Promise<void> {
	await mkdir(cacheDir, { recursive: true });
	const tmp = `${summaryFile(cacheDir)}.${process.pid}.tmp`;
	await writeFile(tmp, JSON.stringify(summary));
	await rename(tmp, summaryFile(cacheDir));
}

/** The summary the loader wrote, or undefined when it wrote none since the last `forgetSummary`. */
export async function readSummary(cacheDir: string): Promise<EngineSummary | undefined> {
	try {
		return JSON.parse(await readFile(summaryFile(cacheDir), 'utf8')) as EngineSummary;
	} catch {
		return undefined;
	}
}

export const forgetSummary = (cacheDir: string): Promise<void> => rm(summaryFile(cacheDir), { force: true });

/** Where the loader keeps its cache in a project; `EXAMPLES_CACHE_DIR` moves it (the bench builds from a cold one). */
export const examplesCacheDir = (root: string, env: NodeJS.ProcessEnv = process.env): string =>
	env.EXAMPLES_CACHE_DIR
		? path.resolve(root, env.EXAMPLES_CACHE_DIR)
		: path.join(root, 'node_modules', '.cache', 'examples');
