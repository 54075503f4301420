/**
 * One `astro build` of a site folder, timed from the outside, with the example engine's own account of it (the
 * summary the loader leaves in its cache folder, summary.ts).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { readSummary } from '../../src/astro/bridge.ts';
import type { EngineSummary } from '../../src/engine/summary.ts';

const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface TimedBuild {
	seconds: number;
	/** The engine's summary (with `off` set when the examples were off); undefined if the loader wrote none. */
	summary: EngineSummary | undefined;
}

/** Builds `siteDir` with its examples cache in `cacheDir`; throws with the build's log when it fails. */
export async function timedBuild(siteDir: string, cacheDir: string, env: NodeJS.ProcessEnv = {}): Promise<TimedBuild> {
	const started = performance.now();
	let log = '';
	const status = await new Promise<number | null>((resolve, reject) => {
		const child = spawn(process.execPath, [ASTRO, 'build'], {
			cwd: siteDir,
			// Not CI: a generated site has no committed transcripts, and CI=true demands them.
			env: { ...process.env, CI: '', NODE_ENV: 'production', EXAMPLES_CACHE_DIR: cacheDir, ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		child.stdout.on('data', (data: Buffer) => (log += data));
		child.stderr.on('data', (data: Buffer) => (log += data));
		child.on('error', reject);
		child.on('close', resolve);
	});
	const seconds = (performance.now() - started) / 1000;
	if (status !== 0) throw new Error(`astro build in ${siteDir} failed (${status}):\n${log.slice(-4000)}`);
	return { seconds, summary: await readSummary(cacheDir) };
}
