/**
 * Vitest global setup: builds tests/fixtures/site from a cold cache, then again with nothing changed, and hands
 * both logs to the tests. The one real `astro build` of the test suite (two, to see the cache work).
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

export const SITE_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'site');
const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

declare module 'vitest' {
	export interface ProvidedContext {
		siteBuilds: Array<{ status: number | null; log: string }>;
	}
}

/** Put in the builder's environment: no example may see it, so it must never reach the built pages. */
export const BUILDER_SECRET = 'builder-secret-4f1c9a';

function buildSite() {
	const env = { ...process.env, SANDBOX_TEST_SECRET: BUILDER_SECRET };
	const result = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: SITE_DIR, encoding: 'utf8', env });
	return { status: result.status, log: `${result.stdout}${result.stderr}` };
}

export default function setup(project: TestProject) {
	rmSync(path.join(SITE_DIR, 'dist'), { recursive: true, force: true });
	rmSync(path.join(SITE_DIR, 'node_modules'), { recursive: true, force: true });
	project.provide('siteBuilds', [buildSite(), buildSite()]);
}
