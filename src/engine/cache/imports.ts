/**
 * What a module names: the specifiers of its imports (static, dynamic and type-only) and of the `new URL('…',
 * import.meta.url)` it reads files through. A pattern, not a parser: it may also match an import written in a
 * comment or a string, which only ever adds a file. Used for the engine's version (engine-version.ts) and by the
 * boundary test (tests/architecture/).
 */
const IMPORT = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)(['"])([^'"\n]+)\1/g;

export function importSpecifiers(text: string): string[] {
	return [...text.matchAll(IMPORT)].map(([, , specifier]) => specifier!);
}
