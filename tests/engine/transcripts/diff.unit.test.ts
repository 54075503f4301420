import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../src/engine/transcripts/diff.ts';

describe('unifiedDiff', () => {
	it('is empty for equal texts', () => {
		expect(unifiedDiff('a\nb\n', 'a\nb\n')).toBe('');
	});

	it('shows a changed line with three lines of context, as git does', () => {
		const before = ['1', '2', '3', '4', '5', '6', '7', '8'].join('\n') + '\n';
		const after = ['1', '2', '3', '4', 'five', '6', '7', '8'].join('\n') + '\n';
		expect(unifiedDiff(before, after)).toBe(
			['@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8'].join('\n')
		);
	});

	it('shows insertions and deletions, and separate hunks for changes far apart', () => {
		const before = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
		const after = [...before];
		after.splice(1, 1); // line 2 removed
		after.splice(17, 0, 'new line'); // inserted before line 19
		const diff = unifiedDiff(before.join('\n'), after.join('\n'));
		expect(diff).toBe(
			[
				'@@ -1,5 +1,4 @@',
				' line 1',
				'-line 2',
				' line 3',
				' line 4',
				' line 5',
				'@@ -16,5 +15,6 @@',
				' line 16',
				' line 17',
				' line 18',
				'+new line',
				' line 19',
				' line 20',
			].join('\n')
		);
	});

	it('shows a whole new text as added lines', () => {
		expect(unifiedDiff('', 'out| a\nout| b\n')).toBe('@@ -0,0 +1,2 @@\n+out| a\n+out| b');
	});

	it('caps a long diff and says how much it left out', () => {
		const after = Array.from({ length: 200 }, (_, i) => `${i}`).join('\n');
		const diff = unifiedDiff('', after, 10).split('\n');
		expect(diff).toHaveLength(11);
		expect(diff.at(-1)).toBe('… 191 more diff lines');
	});
});
