import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/engine/summary.ts';
import { SUMMARY as summary } from '../helpers/engine-summary.ts';

describe('the summary', () => {
	it('is one line in the agreed shape', () => {
		expect(formatSummary(summary)).toBe('examples: 42 checked, 3 ran, 39 cached, 0 failed in 1.84s');
	});

	it('says a build with examples switched off checked and ran nothing, in a shape no checked build has', () => {
		const off = { ...summary, checked: 0, ran: 0, cached: 2, off: { transcripts: 40, cached: 2, nothing: 1 } };
		const line = formatSummary(off);
		expect(line).toBe(
			'examples: OFF (EXAMPLES=off), nothing checked, 0 ran: 40 shown from committed transcripts, 2 from the cache, 1 with no output, in 1.84s'
		);
		expect(line).not.toMatch(/\d+ checked/);
	});
});
