/**
 * The transcript rule through real `astro build`s of a copy of the fixture site: a changed output fails a CI build
 * with a diff and the accept command; locally it builds, says so, and marks the page; accepting runs nothing again.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { ROOT } from '../helpers/examples-dir.ts';
import { copyOfFixtureSite } from '../helpers/site-copy.ts';

const { CI: _ci, ...localEnv } = process.env;
const ciEnv = { ...localEnv, CI: 'true' };

it(
	'fails a CI build on an output changed without accepting it, with a diff; accepting fixes it without a re-run',
	{
		timeout: 400_000,
	},
	async () => {
		const site = await copyOfFixtureSite('transcripts-');
		const program = path.join(site, 'examples', 'ok-greeting', 'ok-greeting.py');
		const transcript = `${program}.out`;
		const committed = await readFile(transcript, 'utf8');
		await writeFile(program, `${await readFile(program, 'utf8')}print("a line nobody accepted")\n`);

		const ci = astroBuild(site, ciEnv);
		expect(ci.status, ci.log).not.toBe(0);
		expect(ci.log).toContain('1 transcript does not match this run (CI never writes them):');
		expect(ci.log).toContain(
			'examples/ok-greeting/ok-greeting.py.out: differs from the committed transcript (- committed, + this run):'
		);
		expect(ci.log).toMatch(/ out\| done\n\+out\| a line nobody accepted/);
		expect(ci.log).toContain('  npm run examples:accept -- ok-greeting');
		expect(await readFile(transcript, 'utf8')).toBe(committed);

		const local = astroBuild(site, localEnv);
		expect(local.status, local.log).toBe(0);
		expect(local.log).toContain('1 transcript changed: examples/ok-greeting/ok-greeting.py.out');
		const html = await readFile(path.join(site, 'dist', 'index.html'), 'utf8');
		const example = html.slice(
			html.indexOf('data-example="ok-greeting"'),
			html.indexOf('data-example="expected-throw"')
		);
		expect(example.match(/data-transcript-state="changed"/g)).toHaveLength(1);
		expect(example).toContain('Differs from the committed transcript');
		expect(await readFile(transcript, 'utf8')).toBe(committed);

		const accept = spawnSync(process.execPath, ['src/cli/examples-accept.ts', '--root', site], {
			cwd: ROOT,
			env: localEnv,
			encoding: 'utf8',
		});
		expect(accept.status, accept.stderr).toBe(0);
		expect(accept.stdout).toContain('wrote examples/ok-greeting/ok-greeting.py.out (changed)');
		expect(accept.stdout).toContain('transcripts: 1 written, 0 removed, 10 unchanged');

		const accepted = astroBuild(site, ciEnv);
		expect(accepted.status, accepted.log).toBe(0);
		// Every program of the fixture site cached: accepting a transcript re-runs nothing.
		const last = accepted.log.trimEnd().split('\n').at(-1)!;
		expect(last).toMatch(/examples: (\d+) checked, 0 ran, \1 cached, 0 failed/);
	}
);
