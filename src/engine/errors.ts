/**
 * The engine's two kinds of error. A `UserError` is an expected problem (an invalid example.json, a type error, a
 * crashing example, a missing python3): its message is the whole report a contributor needs, so the engine's
 * stack is left out when it reaches them. Anything else is a bug in the engine, and keeps its stack.
 */
import type { EngineSummary, FailedRun } from './summary.ts';
import { isDebug } from './env.ts';

export class UserError extends Error {
	constructor(message: string, options?: ErrorOptions) {
		super(message, options);
		this.name = new.target.name;
	}
}

export interface ExampleBuildErrorOptions extends ErrorOptions {
	/** The runs that failed, when programs ran. */
	failures?: FailedRun[];
	/** The build's summary, when it got as far as running programs. */
	summary?: EngineSummary;
	/** The part of the report about each example it names, by id: dev mode shows each on its own page. */
	byExample?: ReadonlyMap<string, string>;
}

/** Examples are invalid, fail their checks or their runs. */
export class ExampleBuildError extends UserError {
	readonly failures: FailedRun[];
	readonly summary: EngineSummary | undefined;
	readonly byExample: ReadonlyMap<string, string>;

	constructor(message: string, options: ExampleBuildErrorOptions = {}) {
		const { failures = [], summary, byExample = new Map(), ...errorOptions } = options;
		super(message, errorOptions);
		this.failures = failures;
		this.summary = summary;
		this.byExample = byExample;
	}
}

/**
 * An error as it should reach a person (Astro's log and overlay, a CLI). A `UserError` is its message alone:
 * Astro prints an error's stack, a location taken from it, and its cause, none of which helps with an example.
 * Anything else says it is a bug in the engine and keeps its stack. `EXAMPLES_DEBUG=1` keeps every stack.
 */
export function reportable(error: unknown, env: NodeJS.ProcessEnv): Error {
	if (error instanceof UserError) {
		if (!isDebug(env)) {
			error.stack = '';
			delete error.cause;
		}
		return error;
	}
	const original = error instanceof Error ? error : new Error(String(error));
	const bug = new Error(`a bug in the example engine, not in your example: ${original.message}`, { cause: original });
	bug.stack = `${bug.message}\n${original.stack?.split('\n').slice(1).join('\n') ?? ''}`;
	return bug;
}

/** An error's message, whatever was thrown. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));
