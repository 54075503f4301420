/**
 * Thrown when an example is invalid, fails its checks or its run. The message is the whole report a contributor
 * needs; the engine's own stack trace tells them nothing, so it is left out unless `EXAMPLES_DEBUG=1` asks for it.
 */
import type { FailedRun } from './verdict/failure-report.ts';
import type { EngineSummary } from './build/summary.ts';

export interface ExampleBuildErrorOptions extends ErrorOptions {
	/** The runs that failed, when programs ran. */
	failures?: FailedRun[];
	/** The build's summary, when it got as far as running programs. */
	summary?: EngineSummary;
}

export class ExampleBuildError extends Error {
	override name = 'ExampleBuildError';
	readonly failures: FailedRun[];
	readonly summary: EngineSummary | undefined;

	constructor(message: string, options: ExampleBuildErrorOptions = {}, env: NodeJS.ProcessEnv = process.env) {
		const debug = isDebug(env);
		// Astro prints an error's stack trace, a location taken from it, and its cause's message and stack. The
		// message already says everything (a cause's message is part of it), so unless debugging, none of that.
		super(message, debug ? options : {});
		this.failures = options.failures ?? [];
		this.summary = options.summary;
		if (!debug) this.stack = '';
	}
}

/** `EXAMPLES_DEBUG=1` keeps the engine's stack traces in errors, for whoever works on the engine. */
export const isDebug = (env: NodeJS.ProcessEnv = process.env): boolean =>
	!!env.EXAMPLES_DEBUG && env.EXAMPLES_DEBUG !== '0';
