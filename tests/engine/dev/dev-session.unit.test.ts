import { describe, expect, it } from 'vitest';
import type { EngineConfig } from '../../../src/engine/config.ts';
import { examplesSession, type Build } from '../../../src/engine/dev/dev-session.ts';
import { ExampleBuildError } from '../../../src/engine/errors.ts';
import type { ExampleResult } from '../../../src/engine/model/example-result.ts';
import { SUMMARY } from '../../helpers/engine-summary.ts';

const CONFIG: EngineConfig = {
	root: '/site',
	examplesDir: '/site/examples',
	cacheDir: '/site/cache',
	sandbox: 'process-group',
};
const entry = (id: string): ExampleResult => ({ id, programs: [] as ExampleResult['programs'], error: 'shown' });

/** A build that fails for the ids in `broken` as a failed run does, and records what it was asked to build. */
function fakeBuild(all: string[], broken: Set<string>) {
	const asked: Array<string[] | undefined> = [];
	const build: Build = async (config) => {
		asked.push(config.only);
		const ids = config.only ?? all;
		const failing = ids.filter((id) => broken.has(id));
		if (failing.length) {
			const failures = failing.map((id) => ({
				id,
				file: `examples/${id}/${id}.py`,
				problem: 'exited with code 1',
				usedBy: [],
				output: [],
				durationMs: 1,
			}));
			throw new ExampleBuildError(`${failing.length} example(s) failed`, {
				failures,
				byExample: new Map(failing.map((id) => [id, `example "${id}" exited with code 1`])),
			});
		}
		return { examples: ids.filter((id) => all.includes(id)).map(entry), summary: SUMMARY };
	};
	return { build, asked };
}

function memoryStore() {
	const entries = new Map<string, ExampleResult>();
	return {
		entries,
		store: {
			keys: () => entries.keys(),
			set: async (e: ExampleResult) => void entries.set(e.id, e),
			delete: (id: string) => void entries.delete(id),
		},
	};
}

const effects = { log: () => {}, now: () => 0 };

describe('examplesSession', () => {
	it('stores what a build returns, and drops an example that is gone', async () => {
		const { entries, store } = memoryStore();
		const all = ['a', 'b'];
		const session = examplesSession(fakeBuild(all, new Set()).build, CONFIG, effects, store);
		await session.sync();
		expect([...entries.keys()]).toEqual(['a', 'b']);
		all.pop();
		await session.sync(['b']);
		expect([...entries.keys()]).toEqual(['a']);
	});

	it('shows a failed run on its own example only, stores the others, and tries it again with the next change', async () => {
		const { entries, store } = memoryStore();
		const broken = new Set(['b']);
		const { build, asked } = fakeBuild(['a', 'b', 'c'], broken);
		const session = examplesSession(build, CONFIG, effects, store);
		await expect(session.syncOrShowErrors(['a', 'b'])).rejects.toThrow(ExampleBuildError);
		expect(entries.get('b')!.error).toBe('example "b" exited with code 1');
		expect(entries.get('a')).toEqual(entry('a'));
		// The second pass built the rest, without the broken one.
		expect(asked).toEqual([['a', 'b'], ['a']]);

		broken.clear();
		await session.syncOrShowErrors(['c']);
		// b failed last time: it is built again with the next change, and shows its output.
		expect(asked.at(-1)).toEqual(['b', 'c']);
		expect(entries.get('b')).toEqual(entry('b'));
	});

	it('tries an example it could not run (an engine program without .venv or Java) again with the next change', async () => {
		const { entries, store } = memoryStore();
		const needs = { missing: 'Java 17 or newer', install: 'apt-get install openjdk-17-jre-headless' };
		let javaInstalled = false;
		const asked: Array<string[] | undefined> = [];
		const build: Build = async (config) => {
			asked.push(config.only);
			const ids = config.only ?? ['spark', 'other'];
			const examples = ids.map((id) => ({
				...entry(id),
				programs: (id === 'spark' && !javaInstalled
					? [{ notRun: { from: 'transcript', transcript: 'examples/spark/spark.py.out', needs } }]
					: []) as ExampleResult['programs'],
			}));
			return { examples, summary: SUMMARY };
		};
		const session = examplesSession(build, CONFIG, effects, store);
		await session.syncOrShowErrors();
		await session.syncOrShowErrors(['other']);
		expect(asked.at(-1)).toEqual(['other', 'spark']);
		javaInstalled = true;
		await session.syncOrShowErrors(['other']);
		expect(entries.get('spark')!.programs).toEqual([]);
		// It ran: the next change is about its own example only.
		await session.syncOrShowErrors(['other']);
		expect(asked.at(-1)).toEqual(['other']);
	});
});
