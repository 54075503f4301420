/**
 * Vitest global setup of the `site` projects: builds tests/fixtures/site from a cold cache, then again with nothing
 * changed (to see the cache work), and hands both logs to the tests.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { astroBuild, type AstroBuild } from '../helpers/astro-build.ts';
import type { TestProject } from 'vitest/node';
import { oncePerRun } from '../helpers/once-per-run.ts';

export const SITE_DIR = path.resolve(import.meta.dirname, '..', 'fixtures', 'site');

declare module 'vitest' {
	export interface ProvidedContext {
		siteBuilds: AstroBuild[];
	}
}

/** Put in the builder's environment: no example may see it, so it must never reach the built pages. */
export const BUILDER_SECRET = 'builder-secret-4f1c9a';

function buildSite() {
	const env = { ...process.env, SANDBOX_TEST_SECRET: BUILDER_SECRET };
	return astroBuild(SITE_DIR, env);
}

export default function setup(project: TestProject) {
	const builds = oncePerRun('fixture site', () => {
		rmSync(path.join(SITE_DIR, 'dist'), { recursive: true, force: true });
		rmSync(path.join(SITE_DIR, 'node_modules'), { recursive: true, force: true });
		return [buildSite(), buildSite()];
	});
	project.provide('siteBuilds', builds);
}
