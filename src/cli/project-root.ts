/**
 * The project's root folder: the nearest folder above this file that holds `astro.config.mjs` and `package.json`.
 * Every entry point asks here, so no file's depth in the tree decides where the project is.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function projectRoot(from: string = import.meta.dirname): string {
	for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'astro.config.mjs')) && existsSync(path.join(dir, 'package.json'))) return dir;
		if (path.dirname(dir) === dir) throw new Error(`no project root (astro.config.mjs and package.json) above ${from}`);
	}
}
