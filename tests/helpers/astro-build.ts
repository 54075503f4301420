/** Runs `astro build` in a site folder, as `npm run build` would, and returns how it ended and all it printed. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface AstroBuild {
	status: number | null;
	log: string;
}

export function astroBuild(cwd: string, env: NodeJS.ProcessEnv = process.env): AstroBuild {
	// Vitest sets NODE_ENV=test, which would build dev-mode components (Starlight's search box says "only in
	// production builds"); `npm run build` builds for production.
	const result = spawnSync(process.execPath, [ASTRO, 'build'], {
		cwd,
		env: { ...env, NODE_ENV: 'production' },
		encoding: 'utf8',
	});
	return { status: result.status, log: `${result.stdout}${result.stderr}` };
}
