import { describe, expect, it } from 'vitest';
import { joinBase } from '../../src/shared/with-base.ts';

// Astro's BASE_URL has a trailing slash or not (its `trailingSlash`); a file may be written with a leading one.
describe('joinBase', () => {
	it('puts one slash between the base and the file, whichever side has it', () => {
		for (const base of ['/notes', '/notes/'])
			for (const file of ['traces/a.py.trace.json', '/traces/a.py.trace.json'])
				expect(joinBase(base, file), `${base} + ${file}`).toBe('/notes/traces/a.py.trace.json');
	});

	it('at the root, gives a root-relative path', () => {
		expect(joinBase('/', '_run/gather.json')).toBe('/_run/gather.json');
		expect(joinBase('', '_run/gather.json')).toBe('/_run/gather.json');
	});

	it('keeps a folder a folder (Pyodide is loaded from one)', () => {
		expect(joinBase('/concurrency-notes', '_pyodide/0.27.7/')).toBe('/concurrency-notes/_pyodide/0.27.7/');
		expect(joinBase('/concurrency-notes/', '')).toBe('/concurrency-notes/');
	});
});
