/**
 * The project's Python environment is what requirements.lock says: every package pinned there is installed in
 * .venv at exactly that version, and nothing else is (scripts/python-env.ts installs with --no-deps).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';

const python = path.join(ROOT, '.venv', 'bin', 'python');
const normal = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

// Skipped only on a machine without .venv; in CI (which installs it) a missing .venv fails.
const inCi = /^(true|1)$/i.test(process.env.CI ?? '');

describe.runIf(inCi || existsSync(path.join(ROOT, '.venv', '.lock-stamp')))('.venv', () => {
	it('holds exactly the versions requirements.lock pins', () => {
		const locked = new Map(
			[...readFileSync(path.join(ROOT, 'requirements.lock'), 'utf8').matchAll(/^([A-Za-z0-9_.-]+)==(\S+)/gm)].map(
				([, name, version]) => [normal(name!), version!]
			)
		);
		const script =
			'import importlib.metadata as m, json; print(json.dumps({d.metadata["Name"]: d.version for d in m.distributions()}))';
		const run = spawnSync(python, ['-I', '-c', script], { encoding: 'utf8' });
		const installed = new Map(
			Object.entries(JSON.parse(run.stdout) as Record<string, string>).map(([n, v]) => [normal(n), v])
		);
		installed.delete('pip'); // the venv's own installer, not a locked package
		expect(Object.fromEntries(installed)).toEqual(Object.fromEntries(locked));
	});
});
