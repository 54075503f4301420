/** Runs `astro build` in a site folder, as `npm run build` would, and returns how it ended and all it printed. */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** Astro's command-line entry point, run with this Node (`node <ASTRO_BIN> build|dev`). */
export const ASTRO_BIN = path.join(
	path.dirname(createRequire(import.meta.url).resolve('astro/package.json')),
	'bin',
	'astro.mjs'
);

export interface AstroBuild {
	status: number | null;
	/** stdout and stderr in the order they were written, as a terminal shows them (colour codes taken out). */
	log: string;
}

export function astroBuild(cwd: string, env: NodeJS.ProcessEnv = process.env): AstroBuild {
	// One file for both streams keeps their true order: the tests read the log's last line.
	const dir = mkdtempSync(path.join(os.tmpdir(), 'astro-build-'));
	const file = path.join(dir, 'log');
	const fd = openSync(file, 'w');
	try {
		// Vitest sets NODE_ENV=test, which would build dev-mode components (Starlight's search box says "only in
		// production builds"); `npm run build` builds for production.
		const result = spawnSync(process.execPath, [ASTRO_BIN, 'build'], {
			cwd,
			env: { ...env, NODE_ENV: 'production' },
			stdio: ['ignore', fd, fd],
		});
		return { status: result.status, log: stripVTControlCharacters(readFileSync(file, 'utf8')) };
	} finally {
		closeSync(fd);
		rmSync(dir, { recursive: true, force: true });
	}
}
