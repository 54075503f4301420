/**
 * EXAMPLES=off (offline-results.ts): the cached runs of some programs under their current cache keys, exactly as a
 * normal build would find them, without running or checking anything.
 */
import { fsCache } from '../cache/fs-cache.ts';
import { cacheKey } from '../cache/cache-key.ts';
import type { ExampleProgram, ExampleSource } from '../discover/discover.ts';
import { sandboxOf, type EngineConfig, type EngineEffects } from '../config.ts';
import type { ProgramResult } from '../model/example-result.ts';
import { programResult } from '../results/program-result.ts';
import { planBuild } from '../plan/plan.ts';
import type { RunResult } from '../run/spawn.ts';

/**
 * Keying needs the runtimes' versions and the engine's hash (python3 can take most of a second to answer), so the
 * caller asks only for the programs that have no transcript, and nothing is asked when there are none. When keying
 * fails (no python3 on this machine, say), the cache is not read: those programs are not found.
 */
export async function cachedRuns(
	examples: ExampleSource[],
	wanted: ExampleProgram[],
	config: EngineConfig,
	effects: EngineEffects
): Promise<Map<ExampleProgram, ProgramResult>> {
	const found = new Map<ExampleProgram, ProgramResult>();
	if (!wanted.length) return found;
	const owners = examples.filter((e) => e.programs.some((p) => wanted.includes(p)));
	let plan;
	try {
		plan = await planBuild(owners, config.root, sandboxOf(config));
	} catch (error) {
		effects.log(
			`the examples cache was not read, so programs without a transcript show a placeholder: ${(error as Error).message}`
		);
		return found;
	}
	const cache = fsCache<RunResult>(config.cacheDir);
	for (const planned of plan.programs.filter((p) => wanted.includes(p.program))) {
		const hit = await cache.read(await cacheKey(planned.cacheKeyInput));
		if (hit) found.set(planned.program, programResult(planned, hit));
	}
	return found;
}
