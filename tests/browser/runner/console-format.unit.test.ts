import { describe, expect, it } from 'vitest';
import { formatLog } from '../../../src/browser/runner/workers/console-format.ts';

// Each expected string is what `node -e "console.log(...)"` prints on Node 26 for the same arguments.
describe('formatLog prints as Node does', () => {
	it('joins strings raw and other values inspected', () => {
		expect(formatLog(['a', 1, true, null, undefined, -0, 10n])).toBe('a 1 true null undefined -0 10n');
	});

	it('quotes strings inside arrays and objects, and nests', () => {
		expect(formatLog([[1, 'a', [2]], { k: 'v', 'two words': { n: [] }, e: {} }])).toBe(
			"[ 1, 'a', [ 2 ] ] { k: 'v', 'two words': { n: [] }, e: {} }"
		);
		expect(formatLog([["it's"]])).toBe('[ "it\'s" ]');
	});

	it('shows Map, Set, class instances, functions and depth like util.inspect', () => {
		class Job {
			name = 'a';
		}
		expect(formatLog([new Map([['a', 1]]), new Set([1, 2])])).toBe("Map(1) { 'a' => 1 } Set(2) { 1, 2 }");
		expect(formatLog([new Job(), function named() {}, () => {}])).toBe(
			"Job { name: 'a' } [Function: named] [Function (anonymous)]"
		);
		expect(formatLog([{ a: { b: { c: { d: 1 } } } }])).toBe('{ a: { b: { c: [Object] } } }');
	});

	it('fills printf-style placeholders', () => {
		expect(formatLog(['%s has %d items (%i%%)', 'box', 3, 42.9, 'extra'])).toBe('box has 3 items (42%) extra');
		expect(formatLog(['%o', [1]])).toBe('[ 1 ]');
	});
});
