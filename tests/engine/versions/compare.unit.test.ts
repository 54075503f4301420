import { describe, expect, it } from 'vitest';
import { qualifies } from '../../../src/engine/versions/compare.ts';

describe('qualifies', () => {
	// By the engine's one version comparator: what the part-by-part loop it replaced answered.
	it('is at least the declared minimum, the shorter side padded with zeros', () => {
		expect(qualifies('3.13.0', [3, 13])).toBe(true);
		expect(qualifies('3.14.1', [3, 13])).toBe(true);
		expect(qualifies('3.12.9', [3, 13])).toBe(false);
		expect(qualifies('3.13', [3, 13, 1])).toBe(false);
		expect(qualifies('24.11.0', [22])).toBe(true);
		expect(qualifies('20.19.0', [22])).toBe(false);
	});

	it('holds for every version when nothing is declared', () => {
		expect(qualifies('3.11.0', null)).toBe(true);
	});
});
