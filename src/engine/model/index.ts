/**
 * What pages read of the engine: the schema of the `examples` collection and the types of its entries, and
 * `exampleOf`, which turns an entry as Astro's store keeps it into one. The components import the engine from here
 * only (tests/architecture/boundaries.unit.test.ts).
 */
export {
	ExampleResultSchema,
	type ExampleResult,
	type NotRun,
	type ProgramResult,
	type Versions,
} from './example-result.ts';
export { StoredExampleSchema, exampleOf, storedExample, type StoredExample } from './stored-example.ts';
export { ACCEPT_COMMAND, type TranscriptStatus } from '../transcripts/compare.ts';
export type { Interval, Timeline, TimelineRow } from '../../shared/timeline.ts';
