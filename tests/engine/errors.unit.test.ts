import { describe, expect, it } from 'vitest';
import { isDebug } from '../../src/engine/env.ts';
import { ExampleBuildError, reportable, UserError } from '../../src/engine/errors.ts';

describe('reportable', () => {
	it('shows an expected problem as its report alone: no stack, no cause, for Astro to print under the message', () => {
		const error = reportable(new ExampleBuildError('1 example failed: …', { cause: new Error('inner') }), {});
		expect(error).toBeInstanceOf(ExampleBuildError);
		expect(error.message).toBe('1 example failed: …');
		expect(error.stack).toBe('');
		expect(error.cause).toBeUndefined();
	});

	it('keeps the stack and the cause of an expected problem with EXAMPLES_DEBUG=1', () => {
		const cause = new Error('inner');
		const error = reportable(new UserError('python3 was not found', { cause }), { EXAMPLES_DEBUG: '1' });
		expect(error.stack).toMatch(/^UserError: python3 was not found\n\s+at /);
		expect(error.cause).toBe(cause);
	});

	it('says anything else is a bug in the engine, and keeps its stack', () => {
		const bug = new TypeError("Cannot read properties of undefined (reading 'id')");
		const error = reportable(bug, {});
		expect(error.message).toBe(
			"a bug in the example engine, not in your example: Cannot read properties of undefined (reading 'id')"
		);
		expect(error.stack).toContain('errors.unit.test.ts');
		expect(error.cause).toBe(bug);
		expect(reportable('thrown string', {}).message).toBe(
			'a bug in the example engine, not in your example: thrown string'
		);
	});

	it('reads the flag: set and not "0"', () => {
		expect([isDebug({}), isDebug({ EXAMPLES_DEBUG: '0' }), isDebug({ EXAMPLES_DEBUG: 'true' })]).toEqual([
			false,
			false,
			true,
		]);
	});
});
