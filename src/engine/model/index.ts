/**
 * What pages read of the engine: the schema of the `examples` collection and the types of its entries. The
 * components import the engine from here only (tests/architecture/boundaries.unit.test.ts).
 */
export {
	ExampleResultSchema,
	type ExampleResult,
	type NotRun,
	type ProgramResult,
	type Versions,
} from './example-result.ts';
export { ACCEPT_COMMAND, type TranscriptStatus } from '../transcripts/compare.ts';
export type { Interval, Timeline, TimelineRow } from '../../shared/timeline.ts';
