/**
 * The engine a Python program needs, known from what it imports, so a plain PySpark or Beam program runs with no
 * `example.json`: PySpark on Spark, Apache Beam on Beam, the other packages of requirements.in on the locked
 * environment (`packages`). An `engine` written in example.json wins.
 */
import type { EngineId } from './metadata.ts';

/** The module each package of requirements.in is imported as, and the engine a program that imports it runs on. */
export const PACKAGE_MODULES: Record<string, { module: string; engine: EngineId }> = {
	pyspark: { module: 'pyspark', engine: 'spark' },
	'apache-beam': { module: 'apache_beam', engine: 'beam' },
	'google-apitools': { module: 'apitools', engine: 'packages' },
	anyio: { module: 'anyio', engine: 'packages' },
	trio: { module: 'trio', engine: 'packages' },
	uvloop: { module: 'uvloop', engine: 'packages' },
	joblib: { module: 'joblib', engine: 'packages' },
	dask: { module: 'dask', engine: 'packages' },
	duckdb: { module: 'duckdb', engine: 'packages' },
};

const ENGINE_OF_MODULE = new Map(Object.values(PACKAGE_MODULES).map((p) => [p.module, p.engine]));

/** `import a.b, c as d` and `from a.b import c`, at any indentation: the top-level modules named. */
const IMPORT = /^[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import\b|import[ \t]+([\w., \t]+))/gm;

/** The top-level modules a Python program imports (a relative `from . import` names none). */
export function importedModules(source: string): string[] {
	const modules = new Set<string>();
	for (const [, from, names] of source.matchAll(IMPORT)) {
		const named = from ? [from] : names!.split(',').map((n) => n.trim().split(/\s+/)[0]!);
		for (const top of named.map((name) => name.split('.')[0]!)) if (top) modules.add(top);
	}
	return [...modules];
}

/**
 * The engine the program's imports call for: null for the standard library; Spark or Beam before `packages`
 * (their environment holds every package); both Spark and Beam is a choice only example.json can make.
 */
export function importedEngine(source: string): EngineId | 'spark-and-beam' | null {
	const engines = new Set(importedModules(source).flatMap((m) => ENGINE_OF_MODULE.get(m) ?? []));
	if (engines.has('spark') && engines.has('beam')) return 'spark-and-beam';
	return engines.has('spark') ? 'spark' : engines.has('beam') ? 'beam' : engines.has('packages') ? 'packages' : null;
}
