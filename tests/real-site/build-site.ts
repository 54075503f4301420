/** Vitest global setup of the `content` projects: builds the real site once, as `npm run build` does. */
import { astroBuild, type AstroBuild } from '../helpers/astro-build.ts';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/examples-dir.ts';
import { oncePerRun } from '../helpers/once-per-run.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		realSiteBuild: AstroBuild;
	}
}

export default function setup(project: TestProject) {
	project.provide(
		'realSiteBuild',
		oncePerRun('real site', () => astroBuild(ROOT))
	);
}
