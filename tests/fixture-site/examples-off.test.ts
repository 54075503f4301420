/**
 * `EXAMPLES=off` through real `astro build`s of a copy of the fixture site: refused in CI; otherwise nothing is
 * checked or run, each program shows its cached run under its current key (else its committed transcript, else a
 * placeholder), marked "Not re-run", and the build's last line says so.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { astroBuild } from '../helpers/astro-build.ts';
import { text } from '../helpers/html.ts';
import { copyOfFixtureSite } from '../helpers/site-copy.ts';

const { CI: _ci, EXAMPLES: _examples, ...localEnv } = process.env;
const offEnv = { ...localEnv, EXAMPLES: 'off' };
const exampleIn = (html: string, id: string) => {
	const start = html.indexOf(`data-example="${id}"`);
	const next = html.indexOf('data-example="', start + 1);
	return html.slice(start, next === -1 ? undefined : next);
};

it(
	'is refused in CI; otherwise shows cached or committed output marked "Not re-run", and runs nothing',
	{ timeout: 300_000 },
	async () => {
		// With the cache of the fixture site's own build (global setup): every unchanged program is in it.
		const site = await copyOfFixtureSite('examples-off-', { withCache: true });
		// A changed program whose run would print a new line: the page must show the committed transcript instead.
		const greeting = path.join(site, 'examples', 'ok-greeting', 'ok-greeting.py');
		await writeFile(greeting, `${await readFile(greeting, 'utf8')}print("a line no build has run")\n`);
		// A changed program that only a replay could show: its transcript has no times to replay.
		const replay = path.join(site, 'examples', 'threads-replay', 'threads-replay.py');
		await writeFile(replay, `${await readFile(replay, 'utf8')}# edited\n`);
		// A new example with neither a transcript nor a cached run, on a page of its own.
		await mkdir(path.join(site, 'examples', 'unaccepted'));
		await writeFile(path.join(site, 'examples', 'unaccepted', 'unaccepted.ts'), "console.log('new');\n");
		await writeFile(
			path.join(site, 'content', 'third.mdx'),
			'---\ntitle: Third\n---\nimport Example from \'~/components/Example.astro\';\n\n<Example id="unaccepted" />\n'
		);

		const ci = astroBuild(site, { ...offEnv, CI: 'true' });
		expect(ci.status, ci.log).not.toBe(0);
		expect(ci.log).toContain(
			'EXAMPLES=off is refused in CI (CI=true): a CI build checks and runs every example, and must never publish output it did not run.'
		);

		const off = astroBuild(site, offEnv);
		expect(off.status, off.log).toBe(0);
		expect(off.log).toContain(
			'examples are off (EXAMPLES=off): nothing is type-checked or run; 2 programs show their committed transcript, 10 their last cached run, 1 a placeholder'
		);
		expect(off.log).not.toMatch(/\[(ran|cached)\] examples\//);
		expect(off.log.trimEnd().split('\n').at(-1)).toMatch(
			/\[examples\] examples: OFF \(EXAMPLES=off\), nothing checked, 0 ran: 2 shown from committed transcripts, 10 from the cache, 1 with no output, in \d+\.\d\ds$/
		);

		const page = (name: string) => readFile(path.join(site, 'dist', name), 'utf8');
		const greetingHtml = exampleIn(await page('index.html'), 'ok-greeting');
		// The Python output (between its terminal's title and its caption) is the committed one, not a run's.
		const pyOutput = /python3 ok-greeting\.py(.*?)Committed transcript, not re-run/s.exec(text(greetingHtml))![1]!;
		expect(pyOutput).toContain('hello from ahello from bstandard error: a note on stderrstderrdone');
		expect(pyOutput).not.toContain('a line no build has run');
		const notices = [...greetingHtml.matchAll(/class="not-run-notice[^"]*" role="note" data-not-run="(\w+)"/g)];
		expect(notices.map((m) => m[1])).toEqual(['transcript', 'cache']);
		expect(text(greetingHtml)).toContain(
			'Not re-run: committed transcript (EXAMPLES=off). This build checked and ran no example. The output below is examples/ok-greeting/ok-greeting.py.out as committed'
		);
		expect(text(greetingHtml)).toContain('Committed transcript, not re-run in this build');
		expect(text(greetingHtml)).not.toContain('Output captured at build time');
		// Its unchanged TypeScript twin: its cached run, drawn as a build draws it.
		expect(text(greetingHtml)).toContain('Last cached output, not re-run in this build');

		const second = await page('second/index.html');
		const race = exampleIn(second, 'race-and-tasks');
		expect(race).toContain('data-not-run="cache"');
		expect(text(race)).toContain('Not re-run: last cached output (EXAMPLES=off)');
		// The cached run is this very program's: its timeline and checked claim come with it (a declared race has no
		// transcript at all).
		expect(race).toMatch(/<svg [^>]*class="timeline-svg"/);
		// A transcript has no times to replay: no "Replay the build's run" on a program only a replay could show.
		const threads = exampleIn(second, 'threads-replay');
		expect(threads).toContain('data-not-run="transcript"');
		expect(text(threads)).not.toContain("Replay the build's run");

		const unaccepted = text(exampleIn(await page('third/index.html'), 'unaccepted'));
		expect(unaccepted).toContain('Not run: no transcript (EXAMPLES=off)');
		expect(unaccepted).toContain('(not run, no transcript: nothing to show in a build with EXAMPLES=off)');
	}
);
