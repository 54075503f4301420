/**
 * How the build grows with the number of examples: a generated site (the fixture site's configuration, `size`
 * trivial examples that print, wait 50 ms and print again, half in each language, 50 to a page), built cold and
 * then with nothing changed. Made inside the repository (tests/.tmp/bench-*), so the site finds node_modules.
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { timedBuild } from './site-build.ts';
import { projectRoot } from '../../src/cli/project-root.ts';

const ROOT = projectRoot();
const FIXTURE = path.join(ROOT, 'tests', 'fixtures', 'site');
const PER_PAGE = 50;

export interface Growth {
	examples: number;
	cold_s: number;
	warm_s: number;
	/** The example stage of the cold build, and the CPU time its programs used. */
	cold_stage_s: number;
	cold_cpu_s: number | null;
	/** What the engine spent on each example in the warm build (nothing ran: discovery, plan, cache). */
	warm_ms_per_example: number;
	/** The cold build's example stage divided by the number of examples. */
	cold_ms_per_example: number;
}

const program = {
	ts: (i: number) =>
		`import { setTimeout as sleep } from 'node:timers/promises';\n\nconsole.log('example ${i} starts');\nawait sleep(50);\nconsole.log('example ${i} ends');\n`,
	py: (i: number) => `import time\n\nprint("example ${i} starts")\ntime.sleep(0.05)\nprint("example ${i} ends")\n`,
};

export async function generateSite(size: number, { perPage = PER_PAGE } = {}): Promise<string> {
	// At the fixture site's depth: its configuration reaches the engine through ../../../src.
	await mkdir(path.join(ROOT, 'tests', '.tmp'), { recursive: true });
	const dir = await mkdtemp(path.join(ROOT, 'tests', '.tmp', `bench-${size}-`));
	for (const file of ['astro.config.mjs', 'ec.config.mjs', 'tsconfig.json', 'src']) {
		await cp(path.join(FIXTURE, file), path.join(dir, file), { recursive: true });
	}
	const examplesDir = path.join(dir, 'examples');
	await mkdir(examplesDir);
	for (const file of ['package.json', 'tsconfig.json', 'pyrightconfig.json']) {
		await cp(path.join(FIXTURE, 'examples', file), path.join(examplesDir, file));
	}
	const ids: string[] = [];
	for (let i = 1; i <= size; i++) {
		const id = `generated-${String(i).padStart(4, '0')}`;
		const lang = i % 2 ? 'ts' : 'py';
		await mkdir(path.join(examplesDir, id));
		await writeFile(path.join(examplesDir, id, `${id}.${lang}`), program[lang](i));
		ids.push(id);
	}
	await mkdir(path.join(dir, 'content'));
	const pages = Math.ceil(size / perPage);
	for (let page = 0; page < pages; page++) {
		const shown = ids.slice(page * perPage, (page + 1) * perPage);
		const body = shown.map((id) => `<Example id="${id}" />\n`).join('\n');
		const name = page === 0 ? 'index' : `page-${page + 1}`;
		await writeFile(
			path.join(dir, 'content', `${name}.mdx`),
			`---\ntitle: Page ${page + 1}\n---\nimport Example from '~/components/Example.astro';\n\n${body}`
		);
	}
	return dir;
}

export async function measureGrowth(size: number): Promise<Growth> {
	const dir = await generateSite(size);
	try {
		const cacheDir = path.join(dir, 'cache');
		const cold = await timedBuild(dir, cacheDir);
		const warm = await timedBuild(dir, cacheDir);
		if (!cold.summary || !warm.summary) throw new Error(`the generated site of ${size} examples left no summary`);
		if (warm.summary.ran !== 0) throw new Error(`the warm build of ${size} examples ran ${warm.summary.ran}`);
		return {
			examples: size,
			cold_s: cold.seconds,
			warm_s: warm.seconds,
			cold_stage_s: cold.summary.stage.seconds,
			cold_cpu_s: cold.summary.stage.cpuSeconds,
			warm_ms_per_example: (warm.summary.seconds * 1000) / size,
			cold_ms_per_example: (cold.summary.stage.seconds * 1000) / size,
		};
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

if (import.meta.main) {
	for (const size of process.argv.slice(2).map(Number)) console.log(JSON.stringify(await measureGrowth(size)));
}
