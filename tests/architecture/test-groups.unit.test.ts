/**
 * The suite's projects (tests/vitest.config.ts) cover every test file once, and each file the config names exists: a
 * timed file renamed or moved would otherwise fall back into a project that runs beside others, and measure them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vitest.config.ts';
import { ROOT } from '../helpers/examples-dir.ts';

interface Project {
	test: { name: string; include: string[]; exclude?: string[] };
}
const projects = config.test!.projects as Project[];

const testFiles = readdirSync(path.join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.test.ts') && !file.startsWith('.tmp'))
	.map((file) => path.join('tests', file));

const matches = (file: string, globs: string[] = []) => globs.some((glob) => path.matchesGlob(file, glob));
const projectsOf = (file: string) =>
	projects
		.filter(({ test }) => matches(file, test.include) && !matches(file, test.exclude))
		.map(({ test }) => test.name);

describe('the test projects', () => {
	it('run every test file, each in one project', () => {
		expect(testFiles.length).toBeGreaterThan(100);
		const notOnce = testFiles
			.map((file) => [file, projectsOf(file)] as const)
			.filter(([, names]) => names.length !== 1);
		expect(notOnce).toEqual([]);
	});

	it('name only files that exist', () => {
		const named = projects
			.flatMap(({ test }) => [...test.include, ...(test.exclude ?? [])])
			.filter((f) => !f.includes('*'));
		expect(named.length).toBeGreaterThan(5);
		expect(named.filter((file) => !existsSync(path.join(ROOT, file)))).toEqual([]);
	});
});
