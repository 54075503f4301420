/** The page's entry for one program's run (model/example-result.ts), made from its plan and its run. */
import { browserSupport } from '../../shared/browser-support.ts';
import { LANGUAGE_INFO } from '../../shared/languages.ts';
import type { ProgramResult } from '../model/example-result.ts';
import type { RunResult } from '../run/spawn.ts';
import type { ProgramPlan } from '../plan/plan.ts';
import { checkedRun, type CheckedRun } from '../verdict/run-checks.ts';

/** `checked`: the run as its verdict read it (a fresh run's), so its trace is not parsed twice; else read here. */
export function programResult(plan: ProgramPlan, result: RunResult, checked: CheckedRun | null = null): ProgramResult {
	const { program, runtime, options } = plan;
	const { timeline, trace, claims } = checked ?? checkedRun(plan, result);
	return {
		lang: program.lang,
		file: program.displayPath,
		source: program.source,
		runtime: `${LANGUAGE_INFO[program.lang].runtimeName} ${runtime.version}${plan.engine ? ` · ${plan.engine.label}` : ''}`,
		output: result.output,
		exitCode: result.exitCode,
		signal: result.signal,
		expectedFailure: options.expect !== null,
		durationMs: result.durationMs,
		timeline,
		claims,
		claimed: options.claims,
		trace,
		variants: result.variants ?? null,
		machine: result.machine,
		browser: browserSupport(program.lang, program.source),
	};
}
