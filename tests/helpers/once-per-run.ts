/**
 * A global setup that two projects share (the files that run side by side and the ones that run alone, of the same
 * site): vitest calls it once for each project, each time in a module of its own, but both in its main process. The
 * first call makes the value; the second gets the same one, so a site is built once.
 */
const made = ((globalThis as { oncePerRun?: Map<string, unknown> }).oncePerRun ??= new Map());

export function oncePerRun<T>(key: string, make: () => T): T {
	if (!made.has(key)) made.set(key, make());
	return made.get(key) as T;
}
