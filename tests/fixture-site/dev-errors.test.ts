/**
 * A real `astro dev` on a copy of the fixture site: an example that stops type-checking shows its error on the page,
 * in place of its output (never the last good output as if current), and its output comes back once fixed; a new
 * line it prints shows up; the checkers kept warm between saves stop with the server.
 */
import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it, onTestFinished, vi } from 'vitest';
import { ASTRO_BIN } from '../helpers/astro-build.ts';
import { alive } from '../helpers/examples-dir.ts';
import { copyOfFixtureSite } from '../helpers/site-copy.ts';
import { freePort } from '../helpers/free-port.ts';

// Starting the server checks and runs every example, and each save re-checks all: slow on a loaded machine.
const WAIT = { timeout: 400_000, interval: 2000 };

/** The HTML of the ok-greeting example on the home page. */
async function okGreeting(url: string): Promise<string> {
	// The first request waits for Vite to bundle dependencies; a hung attempt must not eat the whole wait.
	const html = await (await fetch(url, { signal: AbortSignal.timeout(120_000) })).text();
	return html.slice(html.indexOf('data-example="ok-greeting"'), html.indexOf('data-example="expected-throw"'));
}

it(
	'shows a broken example’s error in place of its output, and the output again once fixed',
	{ timeout: 1_200_000 },
	async () => {
		const site = await copyOfFixtureSite('dev-');
		const port = await freePort();
		const server = spawn(process.execPath, [ASTRO_BIN, 'dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: site,
			// As a contributor starts it: not with Vitest's NODE_ENV=test and VITEST* variables, which change Vite.
			env: Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST'))),
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		server.stdout.on('data', (d: Buffer) => (log += d));
		server.stderr.on('data', (d: Buffer) => (log += d));
		// Registered in the test itself, so the server is stopped when the test ends, passed or failed.
		onTestFinished(() => void server.kill('SIGKILL'));
		const url = `http://127.0.0.1:${port}/`;

		await vi.waitFor(async () => expect(await okGreeting(url), log).toContain('hello from a'), WAIT);

		const program = path.join(site, 'examples', 'ok-greeting', 'ok-greeting.ts');
		const good = await readFile(program, 'utf8');
		await writeFile(program, `const count: number = 'three';\n${good}`);
		await vi.waitFor(async () => expect(await okGreeting(url), log).toContain('did not build'), WAIT);
		const broken = await okGreeting(url);
		expect(broken).toContain('role="alert"');
		expect(broken).toContain('examples/ok-greeting/ok-greeting.ts:1:7 TS2322');
		expect(broken).not.toContain('hello from a');

		await writeFile(program, good);
		await vi.waitFor(async () => expect(await okGreeting(url), log).toContain('hello from a'), WAIT);
		expect(await okGreeting(url)).not.toContain('did not build');

		// A new line printed shows up too.
		await writeFile(program, `${good}console.log('one more line');\n`);
		await vi.waitFor(async () => expect(await okGreeting(url), log).toContain('one more line'), WAIT);

		// The checkers kept warm between saves (one per language) stop with the dev server, even killed outright.
		const checkers = [...log.matchAll(/is warm \(language server, pid (\d+)\)/g)].map((m) => Number(m[1]));
		expect(checkers, log).toHaveLength(2);
		server.kill('SIGKILL');
		await vi.waitFor(() => expect(checkers.filter(alive)).toEqual([]), WAIT);
	}
);
