import { describe, expect, it } from 'vitest';
import { immediateHandle, immediateNumber } from '../../../../src/browser/runner/workers/ts-worker.ts';

describe("the TypeScript worker's setImmediate handles", () => {
	it('give back the number they were made from, and nothing for a timer id or another string', () => {
		for (const n of [1, 9, 10, 12345]) expect(immediateNumber(immediateHandle(n))).toBe(n);
		expect(immediateHandle(3)).toBe('immediate-3');
		expect(immediateNumber(3)).toBeNaN(); // a setTimeout id passed to clearImmediate
		expect(immediateNumber('timeout-3')).toBeNaN();
	});
});
