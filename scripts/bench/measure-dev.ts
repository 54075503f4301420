/**
 * Dev-mode speed, for `npm run bench` (and `node scripts/bench/measure-dev.ts`, which prints the JSON):
 * - measureTypecheck: how long the warm checkers of dev mode take to re-check after one file changed, for
 *   ≥ 100 TypeScript and ≥ 100 Python files (the real examples, topped up with copies), median of a few edits;
 * - measureDevEdit: a real `astro dev` on a copy of the site; one example's program is changed to print a new
 *   line, and the time is taken from the write until the page's HTML shows it. The page is fetched as an open
 *   browser tab does: when Vite's HMR websocket says "full-reload" (and once a second in case one is missed), not in
 *   a tight loop, which would keep the single-threaded dev server busy rendering instead of re-running. The
 *   example's own run time, as the engine logged it, comes with it: the target is dev_edit_s ≤ 1 + example_run_s.
 * Everything runs in a temporary folder inside the repository (the checkers find node_modules from there), which
 * is deleted afterwards, with every process started, whether the measurement succeeded or not.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

import path from 'node:path';
import { devCheckers } from '../../src/engine/check/warm/dev-checkers.ts';
import { discoverExamples } from '../../src/engine/discover/discover.ts';
import { findPython } from '../../src/engine/toolchain/runtimes.ts';
import { findUsages } from '../../src/engine/discover/usages.ts';
import { freePort } from '../../tests/helpers/free-port.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const median = (xs: number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const seconds = (since: number) => (performance.now() - since) / 1000;

async function tempDir(root: string, prefix: string): Promise<string> {
	const parent = path.join(root, 'tests', '.tmp');
	await mkdir(parent, { recursive: true });
	return mkdtemp(path.join(parent, prefix));
}

/**
 * Program files of one language directly in example folders (`<id>/<id>.ts`), but for the Python programs that run
 * on an engine (imported-engine.ts): the build checks those against .venv, in a pass of their own, and the plain
 * python3 measured here would find their imports unresolved.
 */
async function programs(examplesDir: string, extension: string, root: string): Promise<string[]> {
	const names = await readdir(examplesDir, { recursive: true });
	const onEngines = new Set(
		(await discoverExamples(examplesDir, root))
			.filter((e) => e.meta.engine)
			.flatMap((e) => e.programs.filter((p) => p.lang === 'py').map((p) => p.file))
	);
	return names
		.filter((n) => n.endsWith(extension) && n.split(path.sep).length === 2)
		.map((n) => path.join(examplesDir, n))
		.filter((file) => !onEngines.has(file));
}

export interface TypecheckTimes {
	/** Median seconds for the warm TypeScript checker to re-check all files after one changed. */
	ts_s: number;
	/** The same for Python (pyright). */
	py_s: number;
	files: { ts: number; py: number };
}

export async function measureTypecheck(root: string, { minFiles = 100, edits = 5 } = {}): Promise<TypecheckTimes> {
	const dir = await tempDir(root, 'measure-typecheck-');
	const examplesDir = path.join(dir, 'examples');
	const checkers = devCheckers(examplesDir, dir);
	try {
		await cp(path.join(root, 'examples'), examplesDir, { recursive: true });
		// Top up with copies of real examples, under new ids, until each language has minFiles programs.
		for (const extension of ['.ts', '.py']) {
			const real = await programs(examplesDir, extension, dir);
			for (let i = 0; real.length + i < minFiles; i++) {
				const source = real[i % real.length]!;
				const id = `copy-${i}-${path.basename(source, extension)}`;
				await mkdir(path.join(examplesDir, id), { recursive: true });
				await cp(source, path.join(examplesDir, id, `${id}${extension}`));
			}
		}
		const ts = await programs(examplesDir, '.ts', dir);
		const py = await programs(examplesDir, '.py', dir);
		const python = (await findPython(root)).path;
		const check = { ts: () => checkers.ts(examplesDir, dir), py: () => checkers.py(py, examplesDir, dir, python) };
		await checkers.warmUp();
		// The first check: every file, cold (waits for the warm-up).
		await Promise.all([check.ts(), check.py()]);

		const times = { ts: [] as number[], py: [] as number[] };
		for (const lang of ['ts', 'py'] as const) {
			const files = lang === 'ts' ? ts : py;
			const file = files[Math.floor(files.length / 2)]!;
			const original = await readFile(file, 'utf8');
			const broken = lang === 'ts' ? "const measured: number = 'x';\n" : "measured: int = 'x'\n";
			for (let i = 0; i < edits; i++) {
				// Alternately broken and fixed, so every re-check has something to find or to clear.
				await writeFile(file, i % 2 ? original : `${broken}${original}`);
				const start = performance.now();
				const found = await check[lang]();
				times[lang].push(seconds(start));
				if (found.length !== (i % 2 ? 0 : 1)) {
					throw new Error(`${lang} re-check ${i} found ${found.length} diagnostics, expected ${i % 2 ? 0 : 1}`);
				}
			}
			await writeFile(file, original);
		}
		return { ts_s: median(times.ts), py_s: median(times.py), files: { ts: ts.length, py: py.length } };
	} finally {
		await checkers.stop();
		await rm(dir, { recursive: true, force: true });
	}
}

export interface DevEditTimes {
	/** Seconds from saving the program until the page's HTML shows its new output. */
	dev_edit_s: number;
	/** The edited program's own run, as the engine logged it (`[ran] examples/<id>/<id>.ts 0.44s`). */
	example_run_s: number;
	/** The engine's whole re-run (discover, check, run, compare), from its summary line: the rest is Astro's. */
	engine_s: number | null;
	example: string;
}

/**
 * Vite's HMR websocket, as the page's own client opens it (the token is in /@vite/client): `next` resolves at the
 * next "full-reload" message, or after `ms`.
 */
export async function hmrReloads(host: string) {
	const client = await (await fetch(`http://${host}/@vite/client`)).text();
	const token = /const wsToken = "([^"]*)"/.exec(client)?.[1];
	if (token === undefined) throw new Error('measureDevEdit: no wsToken in /@vite/client (has Vite changed?)');
	const socket = new WebSocket(`ws://${host}/?token=${token}`, 'vite-hmr');
	await new Promise((resolve, reject) => {
		socket.onopen = resolve;
		socket.onerror = () => reject(new Error(`measureDevEdit: could not open Vite's HMR websocket on ${host}`));
	});
	// A reload can come right after connecting (one queued before): let it pass, so it is not taken for the edit's.
	await new Promise((resolve) => setTimeout(resolve, 1000));
	let wake: (() => void) | undefined;
	let missed = false; // a reload while the page was being fetched
	let listening = false;
	socket.onmessage = (event) => {
		if (!listening) return;
		if ((JSON.parse(String(event.data)) as { type?: string }).type !== 'full-reload') return;
		if (wake) wake();
		else missed = true;
	};
	listening = true;
	return {
		next: (ms: number) =>
			new Promise<void>((resolve) => {
				if (missed) {
					missed = false;
					return resolve();
				}
				const timer = setTimeout(() => {
					wake = undefined;
					resolve();
				}, ms);
				wake = () => {
					wake = undefined;
					clearTimeout(timer);
					resolve();
				};
			}),
		close: () => socket.close(),
	};
}

const ASTRO = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export async function measureDevEdit(
	root: string,
	{
		id = 'async-await-sequential',
		lang = 'ts',
		startTimeoutMs = 900_000,
		editTimeoutMs = 60_000,
		/** Wait for the warm checkers before editing (false: a site whose engine has none, for a before/after). */
		warmCheckers = true,
		/** The run cache the server starts from, so that it starts as a contributor's does (only what changed runs). */
		runCache = path.join(root, 'node_modules', '.cache', 'examples'),
	} = {}
): Promise<DevEditTimes> {
	// In this project's tests/.tmp whatever site is measured: the copy finds node_modules (and the engine) there.
	const site = await tempDir(projectRoot(), 'measure-dev-');
	let server: ReturnType<typeof spawn> | undefined;
	let log = '';
	try {
		for (const part of [
			'astro.config.mjs',
			'ec.config.mjs',
			'tsconfig.json',
			'requirements.lock',
			'src',
			'content',
			'examples',
			'public',
		]) {
			await cp(path.join(root, part), path.join(site, part), { recursive: true }).catch(
				(error: NodeJS.ErrnoException) => {
					if (error.code !== 'ENOENT') throw error;
				}
			);
		}
		await cp(runCache, path.join(site, 'node_modules', '.cache', 'examples'), { recursive: true }).catch(() => {});
		// As on a contributor's machine after npm install, the engine programs can run (a lock and .venv): else each
		// save would build them again, waiting for what they need (dev-session.ts).
		await symlink(path.join(root, '.venv'), path.join(site, '.venv'));

		const page = (await findUsages(path.join(site, 'content'), site)).get(id)?.[0];
		if (!page) throw new Error(`measureDevEdit: no page under content/ shows <Example id="${id}" />`);
		const route = page
			.replace(/^content\//, '')
			.replace(/\.mdx?$/, '')
			.replace(/(^|\/)index$/, '');
		const port = await freePort();
		const url = `http://127.0.0.1:${port}/${route ? `${route}/` : ''}`;

		server = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: site,
			env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true, // its own process group: killed whole below, with the checkers and runs it started
		});
		server.stdout!.on('data', (d: Buffer) => (log += d));
		server.stderr!.on('data', (d: Buffer) => (log += d));

		const html = async () => {
			const response = await fetch(url, { signal: AbortSignal.timeout(120_000) });
			return response.text();
		};
		const waitFor = async (what: string, test: () => Promise<boolean>, timeoutMs: number) => {
			const deadline = performance.now() + timeoutMs;
			for (;;) {
				if (await test().catch(() => false)) return;
				if (server!.exitCode !== null) throw new Error(`astro dev exited while waiting for ${what}:\n${log}`);
				if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${log.slice(-4000)}`);
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
		};
		await waitFor(`the page ${url}`, async () => (await html()).includes(`data-example="${id}"`), startTimeoutMs);
		// Started: every example checked and run, and both checker servers warm (they log it).
		const started = warmCheckers
			? () => /tsc is warm/.test(log) && /pyright is warm/.test(log)
			: () => /examples: \d+ checked/.test(log);
		await waitFor('the engine to start', async () => started(), startTimeoutMs);

		const reloads = await hmrReloads(`127.0.0.1:${port}`);
		const program = path.join(site, 'examples', id, `${id}.${lang}`);
		const nonce = `edited at ${Date.now()}`;
		const line = lang === 'ts' ? `console.log('${nonce}');\n` : `print("${nonce}")\n`;
		const logBefore = log.length;
		const source = await readFile(program, 'utf8');
		const start = performance.now();
		await writeFile(program, `${source}${line}`);
		const deadline = performance.now() + editTimeoutMs;
		// No fetch before the first reload: a browser would not render the page again before it either.
		do {
			if (performance.now() > deadline) throw new Error(`timed out waiting for the edit:\n${log.slice(logBefore)}`);
			await reloads.next(1000);
		} while (!(await html()).includes(nonce));
		const devEdit = seconds(start);
		reloads.close();

		const engine = /examples: \d+ checked, .* in ([\d.]+)s/.exec(log.slice(logBefore));
		const ran = new RegExp(`\\[ran\\] examples/${id}/${id}\\.${lang} ([\\d.]+)s`).exec(log.slice(logBefore));
		if (!ran)
			throw new Error(`measureDevEdit: the engine did not log a run of ${id}.${lang}:\n${log.slice(logBefore)}`);
		return {
			dev_edit_s: devEdit,
			example_run_s: Number(ran[1]),
			engine_s: engine ? Number(engine[1]) : null,
			example: `examples/${id}/${id}.${lang}`,
		};
	} finally {
		if (server?.pid) {
			try {
				process.kill(-server.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}
		await rm(site, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	// `node scripts/bench/measure-dev.ts [typecheck|dev|all] [site folder, e.g. an export of an older commit]`
	const root = projectRoot();
	const which = process.argv[2] ?? 'all';
	const site = process.argv[3] ? path.resolve(process.argv[3]) : root;
	const result = {
		...(which !== 'dev' ? await measureTypecheck(root) : {}),
		...(which !== 'typecheck' ? await measureDevEdit(site, { warmCheckers: site === root }) : {}),
	};
	console.log(JSON.stringify(result));
}
