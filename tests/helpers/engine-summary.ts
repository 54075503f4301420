/** A checked build's summary, as the engine reports one. */
import type { EngineSummary } from '../../src/engine/summary.ts';

export const SUMMARY: EngineSummary = {
	checked: 42,
	ran: 3,
	cached: 39,
	failed: 0,
	seconds: 1.8412,
	stage: { seconds: 1.2, longestSeconds: 0.6, cpuSeconds: 0.4 },
};
