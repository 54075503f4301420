/**
 * Dev mode's type-checkers: one warm language server per language (warm-checker.ts), and for Python one per
 * interpreter (the engine programs are checked against .venv's, with its packages, the others against python3), so
 * that re-checking after an edit costs the edit, not a cold start. The one-pass checkers stay the authority: the first check of a session
 * (unless warmUp ran), a check after a checker's config changed, and a check after a server died go through them
 * (they also report a broken config, which a server may only log), and a new server is started, warmed in the
 * background, for the checks after it. Servers stop with the process that started them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TypeCheckers } from '../check.ts';
import type { Diagnostic } from '../diagnostic.ts';
import { findPython } from '../../toolchain/runtimes.ts';
import { typecheckPy } from '../pyright.ts';
import { typecheckTs } from '../tsc.ts';
import { startWarmChecker, type WarmChecker, type WarmCheckerSpec } from './warm-checker.ts';
import { WARM_TS } from './tsc-lsp.ts';
import { warmPy } from './pyright-lsp.ts';

/** The config files each server reads once, at start: a change to one starts a new server. */
const CONFIGS = { ts: ['tsconfig.json', 'package.json'], py: ['pyrightconfig.json'] } as const;
type Lang = keyof typeof CONFIGS;

export interface DevCheckers extends TypeCheckers {
	/** Starts both servers and has them check every file now, so the first edit finds them warm. */
	warmUp(): Promise<void>;
	/** Process ids of the running servers (tests). */
	pids(): number[];
	stop(): Promise<void>;
}

interface Slot {
	/** The config files' contents (and the interpreter) the server was started with. */
	key: string;
	checker: WarmChecker;
}

/**
 * How long a warm check may take before its server counts as hung: far beyond a re-check (well under a second),
 * but a check right after start waits for the server's first full pass, which takes seconds on a loaded machine.
 */
const WARM_ANSWER_MS = 120_000;

function answerWithin<T>(promise: Promise<T>, ms: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms);
	});
	return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A Python interpreter as a server's key: its path, and for a .venv its stamp (scripts/python-env.ts), since a .venv
 * made again from a new lock keeps its path while its packages change.
 */
async function interpreter(pythonPath: string): Promise<string> {
	const stamp = path.join(path.dirname(path.dirname(pythonPath)), '.lock-stamp');
	return `${pythonPath}\n${await readFile(stamp, 'utf8').catch(() => '')}`;
}

/** Servers of every DevCheckers of this process, killed when it exits (Astro may load this module twice). */
const REGISTRY = Symbol.for('concurrency-notes.dev-checkers');
type Registry = Map<string, DevCheckers> & { servers: Set<WarmChecker> };
const registry: Registry =
	((globalThis as Record<symbol, unknown>)[REGISTRY] as Registry | undefined) ??
	(() => {
		const created = Object.assign(new Map<string, DevCheckers>(), { servers: new Set<WarmChecker>() });
		(globalThis as Record<symbol, unknown>)[REGISTRY] = created;
		// Synchronous, so it also runs on process.exit(); a server whose owner is killed outright sees its stdin close.
		process.once('exit', () => {
			for (const server of created.servers) server.kill();
		});
		return created;
	})();

/** The dev checkers of this examples folder: one set per process, reused when Astro reloads the loader. */
export function devCheckers(examplesDir: string, root: string, log: (line: string) => void = () => {}): DevCheckers {
	const existing = registry.get(examplesDir);
	if (existing) return existing;
	/** The running servers: `ts`, and `py <interpreter>` for each Python the programs are checked against. */
	const slots = new Map<string, Slot>();
	const slotOf = (lang: Lang, pythonPath: string) => (lang === 'ts' ? 'ts' : `py ${pythonPath}`);

	const configKey = async (lang: Lang, extra: string) => {
		const contents = await Promise.all(
			CONFIGS[lang].map((name) => readFile(path.join(examplesDir, name), 'utf8').catch(() => '(none)'))
		);
		return JSON.stringify([...contents, extra]);
	};

	const start = (name: string, key: string, spec: WarmCheckerSpec, files?: string[]) => {
		const checker = startWarmChecker(spec, examplesDir, root);
		registry.servers.add(checker);
		slots.set(name, { key, checker });
		void checker.exited.then((why) => {
			registry.servers.delete(checker);
			if (slots.get(name)?.checker !== checker) return; // replaced or stopped on purpose
			slots.delete(name);
			log(`${spec.name} (warm checker) stopped: ${why}; the next check starts it again`);
		});
		// Open and check every file now, in the background: the first edit then costs only itself.
		const started = performance.now();
		void checker.check(files).then(
			() =>
				log(
					`${spec.name} is warm (language server, pid ${checker.pid}), ready in ${((performance.now() - started) / 1000).toFixed(1)}s`
				),
			() => {} // the next check reports it
		);
	};

	const stopSlot = async (name: string) => {
		const slot = slots.get(name);
		slots.delete(name);
		await slot?.checker.stop();
	};

	/** The warm server's answer if it runs with this config; else the one-pass checker's, and a server for later. */
	const check = async (
		name: string,
		key: string,
		spec: () => WarmCheckerSpec,
		onePass: () => Promise<Diagnostic[]>,
		files?: string[]
	) => {
		const slot = slots.get(name);
		if (slot?.key === key) {
			try {
				return await answerWithin(slot.checker.check(files), WARM_ANSWER_MS);
			} catch (error) {
				// It died during the check, or hangs: the one-pass checker answers, and a new server takes over.
				log(
					`${slot.checker.name} (warm checker) failed: ${(error as Error).message}; checking with the one-pass checker`
				);
			}
		}
		await stopSlot(name);
		const diagnostics = await onePass(); // throws on a broken config: then no server is started
		start(name, key, spec(), files);
		return diagnostics;
	};

	const checkers: DevCheckers = {
		async ts(dir, projectRoot) {
			return check(
				'ts',
				await configKey('ts', ''),
				() => WARM_TS,
				() => typecheckTs(dir, projectRoot)
			);
		},
		async py(files, dir, projectRoot, pythonPath) {
			const key = await configKey('py', await interpreter(pythonPath));
			return check(
				slotOf('py', pythonPath),
				key,
				() => warmPy(pythonPath),
				() => typecheckPy(files, dir, projectRoot, pythonPath),
				files
			);
		},
		async warmUp() {
			const python = await findPython(root);
			for (const [lang, spec, extra] of [
				['ts', WARM_TS, ''],
				['py', warmPy(python.path), await interpreter(python.path)],
			] as const) {
				const key = await configKey(lang, extra);
				const name = slotOf(lang, python.path);
				if (slots.get(name)?.key !== key) {
					await stopSlot(name);
					start(name, key, spec);
				}
			}
		},
		pids: () => [...slots.values()].flatMap((slot) => slot.checker.pid ?? []),
		async stop() {
			registry.delete(examplesDir);
			await Promise.all([...slots.keys()].map(stopSlot));
		},
	};
	registry.set(examplesDir, checkers);
	return checkers;
}
