/**
 * The engine's public surface: what the Astro adapter, the components, the CLIs and the tests' sites may use.
 * Code outside `src/engine/` imports the engine from here only, or, for what pages read, from `model/index.ts`
 * (tests/architecture/boundaries.unit.test.ts). In pipeline order: configuration, the drivers (build, off, dev,
 * verify, accept), and what pages read.
 */
export { engineConfig, examplesMode } from './config.ts';
export { examplesCacheDir, isCi } from './env.ts';
export { ExampleBuildError, UserError, reportable } from './errors.ts';
export { buildExamples } from './build/build-examples.ts';
export { formatSummary, type EngineSummary } from './build/summary.ts';
export { offlineResults } from './off/offline-results.ts';
export { changedExamples, examplesSession } from './dev/dev-session.ts';
export { syncQueue, type SyncQueue } from './dev/sync-queue.ts';
export { devCheckers } from './check/warm/dev-checkers.ts';
export { formatDifference, verifyDeterminism } from './verify/verify-determinism.ts';
export { acceptTranscripts, formatAcceptSummary } from './build/accept-transcripts.ts';
export { checkNewId, newExample } from './discover/scaffold.ts';
export * from './model/index.ts';
