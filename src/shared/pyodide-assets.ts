/** The Pyodide files the runner serves: the loader, the wasm runtime, the standard library and the lock file. */
export const PYODIDE_FILES = [
	'pyodide.mjs',
	'pyodide.asm.mjs',
	'pyodide.asm.wasm',
	'python_stdlib.zip',
	'pyodide-lock.json',
] as const;

export interface PyodideAssets {
	version: string;
	/** Below the site's base URL, e.g. `_pyodide/314.0.7/`; versioned, so browsers may cache it for good. */
	dir: string;
	files: Array<{ name: string; bytes: number }>;
}
