/**
 * Every checker over every program, before anything runs. A checker whose inputs have not changed since it last
 * found nothing is not run again: a clean result is remembered in the cache, a diagnostic never is.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fsCache } from '../cache/fs-cache.ts';
import { hashFiles } from '../cache/cache-key.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import type { ExampleProgram } from '../discover/discover.ts';
import type { Runtime } from '../toolchain/runtimes.ts';
import { TYPES_NODE_VERSION, TYPESCRIPT_VERSION, typecheckTs } from './tsc.ts';
import { PYRIGHT_VERSION, typecheckPy } from './pyright.ts';

/** How each language is checked: the one-pass CLIs by default (a build), warm servers in dev (dev-checkers.ts). */
export interface TypeCheckers {
	ts(examplesDir: string, root: string): Promise<Diagnostic[]>;
	py(files: string[], examplesDir: string, root: string, pythonPath: string): Promise<Diagnostic[]>;
}

export const ONE_PASS_CHECKERS: TypeCheckers = { ts: typecheckTs, py: typecheckPy };

export interface CheckRequest {
	programs: ExampleProgram[];
	root: string;
	examplesDir: string;
	cacheDir: string;
	/** The interpreter pyright checks the Python programs against. */
	python: Runtime;
	/**
	 * Engine programs (example.json `engine`) that can run here, checked against `.venv`'s Python and packages;
	 * `lock` is the hash of requirements.lock, which says what those packages are.
	 */
	engine?: { files: string[]; python: Runtime; lock: string };
	engineVersion: string;
	log: (line: string) => void;
	/** @default ONE_PASS_CHECKERS */
	checkers?: TypeCheckers;
}

/** What each checker reads: the programs, their local modules, and its own configuration. */
const TSC_READS = /(\.ts|(^|\/)(tsconfig|package)\.json)$/;
const PYRIGHT_READS = /(\.py|(^|\/)pyrightconfig\.json)$/;

/** All diagnostics of all programs, sorted by file and position. */
export async function checkExamples(request: CheckRequest): Promise<Diagnostic[]> {
	const { programs, root, examplesDir, python, checkers = ONE_PASS_CHECKERS } = request;
	const files = await readdir(examplesDir, { recursive: true });
	const clean = fsCache<true>(request.cacheDir);

	const unlessUnchanged = async (
		checker: string,
		reads: RegExp,
		versions: string[],
		check: () => Promise<Diagnostic[]>
	) => {
		// Local modules and the checker's configs count, not only the programs: the checker reads them too.
		const inputs = files.filter((f) => reads.test(f));
		const key = `check-${await hashFiles(inputs.sort(), examplesDir)}-${[request.engineVersion, ...versions].join('-')}`;
		if (await clean.read(key)) {
			request.log(`[cached] ${checker}: nothing changed since it last passed`);
			return [];
		}
		const diagnostics = await check();
		if (!diagnostics.length) await clean.write(key, true);
		return diagnostics;
	};

	const engineFiles = new Set(request.engine?.files ?? []);
	const pyFiles = programs.filter((p) => p.lang === 'py' && !engineFiles.has(p.file)).map((p) => p.file);
	const engine = request.engine;
	const [ts, py, engines] = await Promise.all([
		programs.some((p) => p.lang === 'ts')
			? unlessUnchanged('tsc', TSC_READS, [TYPESCRIPT_VERSION, TYPES_NODE_VERSION], () =>
					checkers.ts(examplesDir, root)
				)
			: [],
		pyFiles.length
			? unlessUnchanged('pyright', PYRIGHT_READS, [PYRIGHT_VERSION, python.version], () =>
					checkers.py(pyFiles, examplesDir, root, python.path)
				)
			: [],
		// Another interpreter, other packages: its own pass. The lock's hash is in the key: new packages, new check.
		engine?.files.length
			? unlessUnchanged('pyright (engines)', PYRIGHT_READS, [PYRIGHT_VERSION, engine.python.version, engine.lock], () =>
					checkers.py(engine.files, examplesDir, root, engine.python.path)
				)
			: [],
	]);
	return sortDiagnostics([...ts, ...py.map(withPackageHint), ...engines]);
}

/**
 * A standard-library program's import that pyright cannot resolve may be a package of the project's environment that
 * imported-engine.ts does not know (one pulled in by another, such as numpy): the field that runs it there.
 */
function withPackageHint(d: Diagnostic): Diagnostic {
	if (d.code !== 'reportMissingImports') return d;
	const metaFile = path.join(path.dirname(d.file), 'example.json');
	const hint = `if it is a package of requirements.lock, say so with "engine": "packages" in ${metaFile}`;
	return { ...d, message: `${d.message}: ${hint}` };
}
