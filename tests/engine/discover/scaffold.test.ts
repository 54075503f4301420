import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildExamples } from '../../../src/engine/build/build-examples.ts';
import { checkNewId, newExample } from '../../../src/engine/discover/scaffold.ts';
import { examplesDirWith, recordingEffects } from '../../helpers/examples-dir.ts';

describe('npm run new', () => {
	it('refuses a missing, malformed or taken id, saying what to do', () => {
		expect(() => checkNewId(undefined, [])).toThrow('Give the new example an id: npm run new -- <id>');
		expect(() => checkNewId('Gather_Timeout', [])).toThrow(
			'"Gather_Timeout" is not a valid example id: use lower-case letters and digits in words joined by "-"'
		);
		expect(() => checkNewId('gather-order', ['gather-order'])).toThrow('examples/gather-order/ already exists');
		expect(checkNewId('gather-timeout', ['gather-order'])).toBe('gather-timeout');
	});

	it('scaffolds both programs and metadata that the build checks and runs as they are', async () => {
		const { files, usage } = newExample('my-first');
		expect(Object.keys(files)).toEqual(['my-first.py', 'my-first.ts', 'example.json']);
		expect(usage).toBe('<Example id="my-first" />');

		const dirs = await examplesDirWith([]);
		await mkdir(path.join(dirs.examplesDir, 'my-first'));
		for (const [name, text] of Object.entries(files))
			await writeFile(path.join(dirs.examplesDir, 'my-first', name), text);
		const { examples, summary } = await buildExamples(dirs, recordingEffects().effects);
		expect(summary).toMatchObject({ checked: 2, ran: 2, failed: 0 });
		for (const program of examples[0]!.programs) {
			expect(program.output.map((c) => c.text).join('')).toMatch(
				/^\[b\] done after 0\.1 s\n\[a\] done after 0\.2 s\n\[main\] results in argument order: /
			);
		}
	});
});
