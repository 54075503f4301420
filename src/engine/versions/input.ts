/**
 * What a program's committed version results were made from: its files and run options (as in its cache key, but
 * without the toolchain: the runtime versions are in the results themselves) and its minimum version. A change to
 * any of it makes the results stale.
 */
import { cacheKey } from '../cache/cache-key.ts';
import { resolveVersionOptions } from '../discover/metadata.ts';
import type { ProgramPlan } from '../plan/plan.ts';

export function matrixInput(plan: ProgramPlan): Promise<string> {
	const { min, mainOnly } = resolveVersionOptions(plan.example.meta, plan.program.lang);
	return cacheKey({ ...plan.cacheKeyInput, toolchain: {}, options: { run: plan.options, min, mainOnly } });
}
