/** Every engine an example may declare (example.json `engine`), by id: adding one is adding its module here. */
import type { EngineId } from '../../discover/metadata.ts';
import { beam } from './beam.ts';
import type { Engine } from './engine.ts';
import { packages } from './packages.ts';
import { spark } from './spark.ts';

export const ENGINES: Record<EngineId, Engine> = { spark, beam, packages };
