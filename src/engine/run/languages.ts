/**
 * The languages examples are written in: how each is named, highlighted and started. Adding a language is adding
 * an entry here (plus its checker). Every program starts through a harness that frames its output (see frames.ts).
 * What an engine (Spark, Beam, the locked packages) changes about a Python program's run is in engines/.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LANGUAGE_INFO, type LanguageId, type LanguageInfo } from '../../shared/languages.ts';
import type { Stream } from '../../shared/output.ts';
import type { ResourceLimits } from './sandbox.ts';
import type { Runtime } from '../toolchain/runtimes.ts';

export interface CommandContext {
	program: string;
	exampleDir: string;
	tmpDir: string;
	needs: ReadonlyArray<'workers' | 'child-processes'>;
	runtime: Runtime;
	/** Where the engine put the example's TypeScript, stripped of its types (ts-prestrip.ts). */
	strippedDir?: string;
}

export interface Language extends LanguageInfo {
	/** Where bytes written outside the harness's frames come from (see frames.ts). */
	rawStream: Stream;
	/** Limits beyond the defaults (sandbox.ts). */
	limits: Partial<ResourceLimits>;
	command(ctx: CommandContext): string[];
}

export const HARNESS_DIR = fileURLToPath(new URL('./harness/', import.meta.url));
const NODE_PRELOAD = `${HARNESS_DIR}node-preload.mjs`;

function preloadUrl(strippedDir: string | undefined): string {
	const url = pathToFileURL(NODE_PRELOAD);
	if (strippedDir) url.searchParams.set('stripped', strippedDir);
	return url.href;
}
/** Every Python program starts through it, an engine program too (engines/engine.ts). */
export const PYTHON_BOOTSTRAP = `${HARNESS_DIR}python-bootstrap.py`;

export const LANGUAGES: Record<LanguageId, Language> = {
	py: {
		...LANGUAGE_INFO.py,
		// Children started with the spawn/forkserver methods write without the bootstrap: their prints are stdout.
		rawStream: 'stdout',
		limits: { addressSpaceBytes: 2 * 1024 ** 3 },
		// -u: unbuffered, so the order of writes is the real one. -I: isolated from the builder's environment,
		// user site-packages and the current directory. -S: no `site`, so nothing installed on the build machine
		// runs before the example (its .pth files can import packages: 50 ms at every start on a CI image); the
		// examples use the standard library only. -B: no bytecode written beside the harness or a program's modules,
		// which the weaker sandbox levels leave writable (the repository is not the build's scratch space).
		command: ({ runtime, program }) => [runtime.path, '-u', '-I', '-S', '-B', PYTHON_BOOTSTRAP, program],
	},
	ts: {
		...LANGUAGE_INFO.ts,
		// Node writes an uncaught error's report straight to fd 2, outside the preload's frames.
		rawStream: 'stderr',
		// V8 reserves far more address space than it uses: its heap is bounded by --max-old-space-size instead.
		limits: {},
		command: ({ runtime, program, exampleDir, tmpDir, needs, strippedDir }) => [
			runtime.path,
			// Node's permission model: no network, reads only in the example's folder (and its stripped copy) and
			// the harness, writes only in the temporary working directory, workers and children only when declared.
			'--permission',
			`--allow-fs-read=${exampleDir}`,
			...(strippedDir ? [`--allow-fs-read=${strippedDir}`] : []),
			`--allow-fs-read=${HARNESS_DIR}`,
			`--allow-fs-write=${tmpDir}`,
			'--max-old-space-size=512',
			...(needs.includes('workers') ? ['--allow-worker'] : []),
			...(needs.includes('child-processes') ? ['--allow-child-process'] : []),
			// The sandbox's own flags would otherwise warn on the page ("…must be used with extreme caution"),
			// which a reader running `node file.ts` never sees.
			'--disable-warning=SecurityWarning',
			'--import',
			// The stripped copy's folder travels in the preload's URL, not in the environment, which must stay the
			// allow-list (sandbox.ts); `--import` is inherited by workers and forked children, and so is the folder.
			preloadUrl(strippedDir),
			program,
		],
	},
};
