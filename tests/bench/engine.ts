/**
 * `npm run bench`: how fast the example engine is, as ratios measured in one run (timings on shared 2-core machines
 * are noisy; ratios taken minutes apart are not comparable). Uses the real examples and a throw-away cache.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildExamples } from '../../src/examples/build-examples.ts';
import { findPython } from '../../src/examples/toolchain.ts';
import { typecheckPy } from '../../src/examples/typecheck-py.ts';
import { typecheckTs } from '../../src/examples/typecheck-ts.ts';
import { discoverExamples } from '../../src/examples/discover.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const examplesDir = path.join(root, 'examples');
const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'bench-cache-'));
const seconds = async (fn: () => Promise<unknown>) => {
	const start = performance.now();
	await fn();
	return (performance.now() - start) / 1000;
};
const quiet = { log: () => {}, now: () => performance.now() };

try {
	const programs = (await discoverExamples(examplesDir, root)).flatMap((e) => e.programs);
	const pyFiles = programs.filter((p) => p.lang === 'py').map((p) => p.file);
	const python = await findPython(root);
	const tsCheck = await seconds(() => typecheckTs(examplesDir, root));
	const pyCheck = await seconds(() => typecheckPy(pyFiles, examplesDir, root, python.path));
	const cold = await seconds(() => buildExamples({ root, examplesDir, cacheDir }, quiet));
	const warm = await seconds(() => buildExamples({ root, examplesDir, cacheDir }, quiet));
	const tsCount = programs.length - pyFiles.length;
	console.log(`programs: ${tsCount} TypeScript, ${pyFiles.length} Python`);
	console.log(
		`check, tsc 7 (one pass):     ${tsCheck.toFixed(2)}s (${((tsCheck / tsCount) * 1000).toFixed(1)} ms a file)`
	);
	console.log(
		`check, pyright (one pass):   ${pyCheck.toFixed(2)}s (${((pyCheck / pyFiles.length) * 1000).toFixed(1)} ms a file)`
	);
	console.log(`build, cold cache:           ${cold.toFixed(2)}s`);
	console.log(`build, nothing changed:      ${warm.toFixed(2)}s (no run, no check: all cached)`);
	console.log(`ratio cold / warm:           ${(cold / warm).toFixed(1)}x`);
} finally {
	await rm(cacheDir, { recursive: true, force: true });
}
