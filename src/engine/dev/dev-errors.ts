/**
 * Dev mode: an example whose check or run failed shows its error on the page, in place of its output, instead of
 * the output of its last good run presented as current. These are the entries stored for it. Which example an
 * error belongs to comes from the error's own data (`ExampleBuildError.byExample`), never from its wording.
 */
import { ExampleBuildError, messageOf } from '../errors.ts';
import type { ExampleResult } from '../model/example-result.ts';

/** The part of a build error about one example; all of it when the error names no example. */
export function errorForExample(error: unknown, id: string): string {
	if (!(error instanceof ExampleBuildError) || !error.byExample.size) return messageOf(error);
	return (
		error.byExample.get(id) ??
		`This example was not run, because of errors in others (nothing runs until every example checks):\n${error.message}`
	);
}

/** The entry shown for an example that did not build: no programs, and why. */
export function errorEntry(id: string, error: unknown): ExampleResult {
	return { id, programs: [], error: errorForExample(error, id) };
}
