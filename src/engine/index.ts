/**
 * The engine's public surface: what the Astro adapter, the components, the CLIs and the tests' sites may use.
 * Code outside `src/engine/` imports the engine from here only, or, for what pages read, from `model/index.ts`
 * (tests/architecture/boundaries.unit.test.ts). In pipeline order: configuration, the drivers (drivers/: build,
 * accept, matrix; then off/, dev/ and verify/), and what pages read.
 */
export { engineConfig, examplesMode } from './config.ts';
export { examplesCacheDir, isCi } from './env.ts';
export { ExampleBuildError, UserError, reportable } from './errors.ts';
export { atomicWrite } from './atomic-write.ts';
export { buildExamples } from './drivers/build-examples.ts';
export { parseShard } from './drivers/shard.ts';
export { formatStage, formatSummary, stageFloor, type EngineSummary } from './summary.ts';
export { offlineResults } from './off/offline-results.ts';
export { changedExamples, engineEnvFiles, examplesSession } from './dev/dev-session.ts';
export { syncQueue, type SyncQueue } from './dev/sync-queue.ts';
export { devCheckers } from './check/warm/dev-checkers.ts';
export { formatDifference, verifyDeterminism } from './verify/verify-determinism.ts';
export { acceptTranscripts, formatAcceptSummary } from './drivers/accept-transcripts.ts';
export { checkNewEngine, checkNewId, newExample } from './discover/scaffold.ts';
export * from './model/index.ts';
export { formatMatrixSummary, matrixError, runMatrix, type MatrixSummary } from './drivers/run-matrix.ts';
