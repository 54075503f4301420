import { ExpressiveCode, type ExpressiveCodeBlockOptions } from '@astrojs/starlight/expressive-code';
import { selectAll, toHtml, toText, type Element } from '@astrojs/starlight/expressive-code/hast';
import { describe, expect, it } from 'vitest';
import { pluginStderr } from '../../../src/plugins/expressive-code/plugin-stderr.ts';
import {
	stderrAnnouncement,
	stderrLineNumbers,
	stderrRuns,
} from '../../../src/plugins/expressive-code/stderr-lines.ts';

describe('stderrLineNumbers', () => {
	it('takes line numbers, sorted and without duplicates, or a range like a Markdown fence has', () => {
		expect(stderrLineNumbers(undefined, 3, 'x')).toEqual([]);
		expect(stderrLineNumbers([3, 1, 3], 3, 'x')).toEqual([1, 3]);
		expect(stderrLineNumbers('2-4, 6', 6, 'x')).toEqual([2, 3, 4, 6]);
	});

	it('refuses a line the block does not have, naming the block', () => {
		expect(() => stderrLineNumbers([0], 3, 'page.mdx')).toThrow(
			'page.mdx: stderr line 0 is not a line of this block (it has 3 lines, numbered from 1).'
		);
		expect(() => stderrLineNumbers([2], 1, 'page.mdx')).toThrow('it has 1 line, numbered from 1');
		expect(() => stderrLineNumbers([1.5], 3, 'page.mdx')).toThrow('stderr line 1.5 is not a line');
		expect(() => stderrLineNumbers('2-9', 3, 'page.mdx')).toThrow('stderr line 4 is not a line');
	});

	it('refuses what is not a list of lines or a range', () => {
		expect(() => stderrLineNumbers('two', 3, 'page.mdx')).toThrow('page.mdx: stderr range "two" is not like "2-4,7".');
		expect(() => stderrLineNumbers('3-1', 3, 'page.mdx')).toThrow('stderr range "3-1" ends before it starts.');
		expect(() => stderrLineNumbers(2, 3, 'page.mdx')).toThrow('stderr must be a list of line numbers');
	});
});

describe('stderrRuns and stderrAnnouncement', () => {
	it('groups consecutive lines, and tells a screen reader how long each run is', () => {
		const runs = stderrRuns([2, 3, 4, 7]);
		expect(runs).toEqual([
			{ first: 2, length: 3 },
			{ first: 7, length: 1 },
		]);
		expect(runs.map(stderrAnnouncement)).toEqual(['standard error, 3 lines: ', 'standard error: ']);
		expect(stderrRuns([])).toEqual([]);
	});
});

describe('pluginStderr in the Expressive Code engine', () => {
	const ec = new ExpressiveCode({ plugins: [pluginStderr()] });
	const render = async (input: Partial<ExpressiveCodeBlockOptions>) => {
		const { renderedGroupAst } = await ec.render({
			code: 'out 1\nerr 1\nerr 2\nout 2\nerr 3',
			language: 'text',
			...input,
		});
		return renderedGroupAst;
	};
	const lines = (ast: Element) => selectAll('.ec-line', ast);

	it('marks each stderr line, and labels the first line of each run for eyes and for screen readers', async () => {
		const ast = await render({ props: { stderr: [2, 3, 5] } });
		expect(lines(ast).map((line) => line.properties.className)).toEqual([
			['ec-line'],
			['ec-line', 'stderr'],
			['ec-line', 'stderr'],
			['ec-line'],
			['ec-line', 'stderr'],
		]);
		expect(selectAll('.ec-stderr-sr', ast).map((node) => toText(node))).toEqual([
			'standard error, 2 lines: ',
			'standard error: ',
		]);
		const badges = selectAll('.ec-stderr-badge', ast);
		expect(badges.map((node) => [toText(node), node.properties.ariaHidden])).toEqual([
			['stderr', 'true'],
			['stderr', 'true'],
		]);
		// The labels sit on the first line of each run: lines 2 and 5.
		expect(toText(lines(ast)[1]!)).toBe('standard error, 2 lines: err 1stderr');
		expect(toText(lines(ast)[4]!)).toBe('standard error: err 3stderr');
		// Not a diff marker any more, and the copy button still copies the program's output exactly.
		const html = toHtml(ast);
		expect(html).not.toMatch(/class="[^"]*\bdel\b/);
		expect(html).toContain('data-code="out 1\u007ferr 1\u007ferr 2\u007fout 2\u007ferr 3"');
	});

	it('reads the lines from a Markdown fence too', async () => {
		const ast = await render({ meta: 'stderr={2-3}' });
		expect(selectAll('.ec-line.stderr', ast)).toHaveLength(2);
	});

	it('leaves a block without stderr lines as it was', async () => {
		expect(toHtml(await render({}))).toBe(toHtml(await render({ props: { stderr: [] } })));
		expect(selectAll('.stderr, .ec-stderr-sr, .ec-stderr-badge', await render({}))).toEqual([]);
	});

	it('fails the build on a line the block does not have', async () => {
		await expect(render({ props: { stderr: [9] } })).rejects.toThrow('stderr line 9 is not a line of this block');
	});

	it('styles stderr lines and the badge in the dark and the light theme', async () => {
		const [dark, light] = ec.styleVariants.map((variant) => variant.resolvedStyleSettings);
		expect(dark!.get('stderr.badgeBackground')).not.toBe(light!.get('stderr.badgeBackground'));
		expect(dark!.get('stderr.lineBackground')).not.toBe(light!.get('stderr.lineBackground'));
		const themeStyles = await ec.getThemeStyles();
		expect(themeStyles).toContain(`--ec-stderr-badgeBg:${dark!.get('stderr.badgeBackground')}`);
		expect(themeStyles).toContain(`--ec-stderr-badgeBg:${light!.get('stderr.badgeBackground')}`);
		expect(await ec.getBaseStyles()).toContain('.ec-line.stderr');
	});
});
