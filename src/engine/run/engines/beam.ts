/**
 * Apache Beam: the program runs its pipeline itself, with the runner its own code names (FnApiRunner,
 * BundleBasedDirectRunner: nothing to download), so the harness adds no environment; its workers (a process each in
 * multi_processing mode) need the raised limits.
 */
import { LANGUAGES } from '../languages.ts';
import { ENGINE_LIMITS, venvMissing, type Engine } from './engine.ts';

export const beam: Engine = {
	id: 'beam',
	limits: ENGINE_LIMITS,
	rawStream: LANGUAGES.py.rawStream,
	needsJava: false,
	label: (env) => `Apache Beam ${env.versions.beam}`,
	missing: venvMissing,
	env: () => ({}),
};
