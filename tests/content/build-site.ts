/** Vitest global setup of the `content` project: builds the real site once, as `npm run build` does. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

declare module 'vitest' {
	export interface ProvidedContext {
		realSiteBuild: { status: number | null; log: string };
	}
}

export default function setup(project: TestProject) {
	const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: ROOT, encoding: 'utf8' });
	project.provide('realSiteBuild', { status: result.status, log: `${result.stdout}${result.stderr}` });
}
