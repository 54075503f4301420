/**
 * The example stage split over machines (CONTRIBUTING.md "Shards", .github/workflows/ci.yml `examples`): each
 * checkout runs its shard into its own cache; together they ran every program exactly once, and a build whose cache
 * holds both (the folders copied into one, as the workflow's artifact download does) runs none.
 */
import { cp, readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/index.ts';
import { examplesDirWith, recordingEffects } from '../../helpers/examples-dir.ts';

const CASES = ['ok', 'interleave'];
const PROGRAMS = [
	'examples/interleave/interleave.py',
	'examples/interleave/interleave.ts',
	'examples/ok/ok.py',
	'examples/ok/ok.ts',
];
const ranIn = (lines: string[]) => lines.filter((l) => l.startsWith('[ran]')).map((l) => l.split(' ')[1]!);

describe('the example stage in two shards', () => {
	it('runs every program once over both, and a build from their merged caches runs none', async () => {
		const ran: string[] = [];
		const caches: string[] = [];
		for (const index of [1, 2]) {
			// A machine of its own: another checkout, an empty cache.
			const machine = await examplesDirWith(CASES);
			const { lines, effects } = recordingEffects();
			const { summary } = await buildExamples({ ...machine, shard: { index, count: 2 } }, effects);
			expect(lines).toContain(`shard ${index}/2: 2 of 4 programs run here`);
			// Every program checked, this shard's run, nothing taken from a cache it never had.
			expect(summary, `shard ${index}`).toMatchObject({ checked: 4, ran: 2, cached: 0, failed: 0 });
			ran.push(...ranIn(lines));
			caches.push(machine.cacheDir);
		}
		expect(ran.sort()).toEqual(PROGRAMS);

		// The merge: each shard's entries copied into one cache folder.
		const final = await examplesDirWith(CASES);
		for (const cache of caches) await cp(cache, final.cacheDir, { recursive: true });
		expect((await readdir(final.cacheDir)).length).toBeGreaterThan(4);
		const { lines, effects } = recordingEffects();
		const { examples, summary } = await buildExamples(final, effects);
		expect(summary).toMatchObject({ checked: 4, ran: 0, cached: 4, failed: 0 });
		expect(ranIn(lines)).toEqual([]);
		expect(examples.flatMap((e) => e.programs.map((p) => `${e.id}.${p.lang}`)).sort()).toEqual([
			'interleave.py',
			'interleave.ts',
			'ok.py',
			'ok.ts',
		]);
	});
});
