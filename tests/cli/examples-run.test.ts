/**
 * `npm run examples:run -- --shard i/N`: a shard that is not one stops before anything is checked or run, with a
 * message naming the flag, the value given and what it takes.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, TMP } from '../helpers/examples-dir.ts';

const CLI = path.join(ROOT, 'src', 'cli', 'examples-run.ts');
const USAGE =
	'expected --shard i/N, the i-th of N shards with 1 ≤ i ≤ N (e.g. --shard 1/2 and --shard 2/2 on two machines).';

function examplesRun(...args: string[]) {
	// A cache nobody uses: were the value taken, nothing of the real site's would be touched.
	const env = { ...process.env, EXAMPLES_CACHE_DIR: path.join(TMP, 'examples-run-unused') };
	const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, env, encoding: 'utf8' });
	return { status, stdout, stderr: stderr.trim() };
}

describe('examples:run --shard', () => {
	it.each([
		[['--shard', '0/2'], `--shard 0/2: i is 0, outside 1…2; ${USAGE}`],
		[['--shard', '3/2'], `--shard 3/2: i is 3, outside 1…2; ${USAGE}`],
		[['--shard', 'x'], `--shard x is not a shard: ${USAGE}`],
		[['--shard=x'], `--shard x is not a shard: ${USAGE}`],
	])('%j is refused with the flag named, before anything runs', (args, message) => {
		const { status, stdout, stderr } = examplesRun(...args);
		expect(stderr).toBe(message);
		expect(status).toBe(1);
		expect(stdout).toBe('');
	});

	it('a flag without its value, or one it does not take, says what it takes', () => {
		const missing = examplesRun('--shard');
		expect(missing.stderr).toMatch(
			/^examples:run: .*'--shard <value>'.*; it takes --shard i\/N \(e\.g\. --shard 1\/2\)/
		);
		expect(missing.status).toBe(1);
		const unknown = examplesRun('--shards', '2');
		expect(unknown.stderr).toMatch(/^examples:run: .*'--shards'.*; it takes --shard i\/N/);
		expect(unknown.status).toBe(1);
	});
});
