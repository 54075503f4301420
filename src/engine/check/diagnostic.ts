/** A problem a checker found in an example, before anything runs. */
export interface Diagnostic {
	/** Relative to the project root, e.g. `examples/gather/gather.ts`. */
	file: string;
	line: number;
	column: number;
	/** `TS2322`, a pyright rule such as `reportUnknownVariableType`, or `syntax`. */
	code: string;
	message: string;
}

/** `examples/<id>/<id>.ts:LINE:COL TSxxxx message`: the shape editors and terminals turn into links. */
export function formatDiagnostic(d: Diagnostic): string {
	return `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;
}

export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
	return list.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
