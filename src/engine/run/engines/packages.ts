/**
 * The locked packages (anyio, trio, uvloop…): a Python program that only imports them runs on `.venv` with
 * Python's own limits and nothing more.
 */
import { LANGUAGES } from '../languages.ts';
import { venvMissing, type Engine } from './engine.ts';

export const packages: Engine = {
	id: 'packages',
	limits: LANGUAGES.py.limits,
	rawStream: LANGUAGES.py.rawStream,
	needsJava: false,
	label: (env) => env.versions.packages,
	missing: venvMissing,
	env: () => ({}),
};
