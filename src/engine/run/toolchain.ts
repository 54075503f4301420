/**
 * The interpreters that run the examples, found once per build. Their versions go into the cache key and under
 * every output.
 */
import type { LanguageId } from '../../shared/languages.ts';
import type { Runtime } from './languages.ts';
import { execTool } from './exec-tool.ts';
import { UserError } from '../errors.ts';

export const MIN_PYTHON = [3, 11] as const;

/** The Node running this build: the project's pinned Node when started through npm scripts. */
export function nodeRuntime(): Runtime {
	return { path: process.execPath, version: process.versions.node };
}

/** The system `python3`, resolved to its real executable (a version manager's shim needs the builder's env). */
export async function findPython(cwd: string): Promise<Runtime> {
	const script = 'import sys; print(sys.executable); print("%d.%d.%d" % sys.version_info[:3])';
	let out: string;
	try {
		out = (await execTool('python3', ['-c', script], cwd)).stdout;
	} catch (error) {
		throw new UserError(
			`python3 was not found on PATH. The Python examples need Python ${MIN_PYTHON.join('.')} or newer: install it (e.g. apt-get install python3) and build again.`,
			{ cause: error }
		);
	}
	const [path = '', version = ''] = out.trim().split('\n');
	const [major = 0, minor = 0] = version.split('.').map(Number);
	if (major < MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor < MIN_PYTHON[1])) {
		throw new UserError(
			`python3 at ${path} is Python ${version}; the Python examples need ${MIN_PYTHON.join('.')} or newer.`
		);
	}
	return { path, version };
}

/** One runtime per language. */
export type Runtimes = Record<LanguageId, Runtime>;

/**
 * Every language's runtime, or an error saying what to install. All of them, always: the project has programs in
 * every language, and a complete map spares every caller the question "was this one looked for?".
 */
export async function findRuntimes(root: string): Promise<Runtimes> {
	return { ts: nodeRuntime(), py: await findPython(root) };
}

const runtimesFound = new Map<string, Promise<Runtimes>>();

/**
 * findRuntimes, once per project and PATH in this process: dev mode plans a build on every edit, and a `python3`
 * behind a version manager's shim (pyenv) takes a second to answer. A failure is not kept: installing Python and
 * saving again works.
 */
export function findRuntimesOnce(root: string): Promise<Runtimes> {
	const key = `${root}\0${process.env.PATH ?? ''}`;
	let found = runtimesFound.get(key);
	if (!found) {
		found = findRuntimes(root);
		runtimesFound.set(key, found);
		found.catch(() => runtimesFound.delete(key));
	}
	return found;
}
