/** The one line a build of the examples ends with, for people and scripts to read, and the failed runs it counts. */
import type { OutputChunk } from '../shared/output.ts';

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
	/** CPU time of all their processes; null where the machine cannot count it (engine/run/cgroup.ts). */
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
 * The floor of the programs' run on this machine: no schedule can beat the longest program, nor all their CPU time
 * spread over every core. `npm run bench` holds the stage to a ratio of it (issue 28's target).
 */
export const stageFloor = (stage: StageCost, cores: number): number =>
	Math.max(stage.longestSeconds, (stage.cpuSeconds ?? NaN) / cores);

/** The stage in one line: how long the programs took against their floor. */
export function formatStage(stage: StageCost, cores: number): string {
	const floor = stageFloor(stage, cores);
	const cpu = stage.cpuSeconds === null ? 'CPU not counted here' : `CPU ${stage.cpuSeconds.toFixed(1)}s`;
	const ratio = Number.isNaN(floor)
		? ''
		: `, floor on ${cores} cores ${floor.toFixed(1)}s (${(stage.seconds / floor).toFixed(2)}×)`;
	return `programs ran in ${stage.seconds.toFixed(1)}s: ${cpu}, longest ${stage.longestSeconds.toFixed(1)}s${ratio}`;
}

/** A program that failed its run (or whose transcript cannot be read): what the summary's `failed` counts. */
export interface FailedRun {
	id: string;
	file: string;
	problem: string;
	/** The pages that show the example. */
	usedBy: string[];
	output: OutputChunk[];
	/** How long the run took before it ended or was stopped. */
	durationMs: number;
}
