import { describe, expect, it } from 'vitest';
import { ExampleBuildError, isDebug } from '../../src/engine/errors.ts';

describe('ExampleBuildError', () => {
	it('carries the report alone: no stack, no cause, for Astro to print under the message', () => {
		const error = new ExampleBuildError('1 example failed: …', { cause: new Error('inner') }, {});
		expect(error.message).toBe('1 example failed: …');
		expect(error.stack).toBe('');
		expect(error.cause).toBeUndefined();
	});

	it('keeps the stack and the cause with EXAMPLES_DEBUG=1', () => {
		const cause = new Error('inner');
		const error = new ExampleBuildError('report', { cause }, { EXAMPLES_DEBUG: '1' });
		expect(error.stack).toMatch(/^ExampleBuildError: report\n\s+at /);
		expect(error.cause).toBe(cause);
	});

	it('reads the flag: set and not "0"', () => {
		expect([isDebug({}), isDebug({ EXAMPLES_DEBUG: '0' }), isDebug({ EXAMPLES_DEBUG: 'true' })]).toEqual([
			false,
			false,
			true,
		]);
	});
});
