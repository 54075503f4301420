/**
 * EXAMPLES=off (offline-results.ts): the cached runs of the programs under their current cache keys, exactly as a
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
 * Keying needs the runtimes' versions and the engine's hash (a tenth of a second or two, asked in parallel). When
 * keying fails (no python3 on this machine, say), the cache is not read: no program is found. A program this machine
 * could not run (an engine program without Java, say) is not looked for: a build would not have run it either.
 */
export async function cachedRuns(
	examples: ExampleSource[],
	config: EngineConfig,
	effects: EngineEffects
): Promise<Map<ExampleProgram, ProgramResult>> {
	const found = new Map<ExampleProgram, ProgramResult>();
	if (!examples.length) return found;
	let plan;
	try {
		plan = await planBuild(examples, config.root, sandboxOf(config));
	} catch (error) {
		effects.log(
			`the examples cache was not read, so each program shows its committed transcript or a placeholder: ${(error as Error).message}`
		);
		return found;
	}
	const cache = fsCache<RunResult>(config.cacheDir);
	for (const planned of plan.programs.filter((p) => !p.missing)) {
		const hit = await cache.read(await cacheKey(planned.cacheKeyInput));
		if (hit) found.set(planned.program, programResult(planned, hit));
	}
	return found;
}
