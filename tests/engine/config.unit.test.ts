import { describe, expect, it, vi } from 'vitest';
import path from 'node:path';
import { engineConfig, examplesMode, sandboxOf } from '../../src/engine/config.ts';
import { UserError } from '../../src/engine/errors.ts';
import { chooseSandbox } from '../../src/engine/run/sandbox.ts';

// A unit test starts no process, so the machine's levels are not probed: this machine offers the weaker two.
vi.mock('../../src/engine/run/sandbox.ts', async (importOriginal) => ({
	...(await importOriginal<typeof import('../../src/engine/run/sandbox.ts')>()),
	chooseSandbox: vi.fn((env: NodeJS.ProcessEnv) => {
		if (env.EXAMPLES_SANDBOX === 'bwrap')
			throw new UserError('EXAMPLES_SANDBOX=bwrap, but that sandbox cannot run here: install bubblewrap.');
		return env.EXAMPLES_SANDBOX ?? 'namespaces';
	}),
}));

describe('EXAMPLES', () => {
	it('is on unless set to off', () => {
		expect(examplesMode({})).toBe('on');
		expect(examplesMode({ EXAMPLES: '' })).toBe('on');
		expect(examplesMode({ EXAMPLES: 'on', CI: 'true' })).toBe('on');
		expect(examplesMode({ EXAMPLES: 'off' })).toBe('off');
		expect(examplesMode({ EXAMPLES: 'off', CI: 'false' })).toBe('off');
	});

	it('names the values it takes when given another', () => {
		for (const value of ['of', 'OFF', '0', 'false']) {
			expect(() => examplesMode({ EXAMPLES: value })).toThrow(UserError);
			expect(() => examplesMode({ EXAMPLES: value })).toThrow(
				`EXAMPLES=${value} is not a value it takes: use EXAMPLES=off (check and run no example, show the committed transcripts: for editing prose) or EXAMPLES=on (the default: check and run every example).`
			);
		}
	});

	it('is refused as off in CI, which must never publish output it did not run', () => {
		for (const CI of ['true', '1', 'TRUE']) {
			expect(() => examplesMode({ EXAMPLES: 'off', CI })).toThrow(
				'EXAMPLES=off is refused in CI (CI=true): a CI build checks and runs every example, and must never publish output it did not run.'
			);
		}
	});
});

describe('engineConfig', () => {
	it('is one configuration for every entry point: EXAMPLES_CACHE_DIR moves the cache of all of them', () => {
		expect(engineConfig('/site', {}).cacheDir).toBe(path.join('/site', 'node_modules', '.cache', 'examples'));
		expect(engineConfig('/site', { EXAMPLES_CACHE_DIR: '/tmp/cold' }).cacheDir).toBe('/tmp/cold');
		expect(engineConfig('/site', { EXAMPLES_CACHE_DIR: 'cold' }).cacheDir).toBe(path.join('/site', 'cold'));
	});

	it('checks transcripts in CI, and reports them elsewhere and in a dev server', () => {
		expect(engineConfig('/site', { CI: 'true' }).transcripts).toBe('check');
		expect(engineConfig('/site', { CI: 'true' }, { dev: true }).transcripts).toBe('report');
		expect(engineConfig('/site', {}).transcripts).toBe('report');
	});

	it('refuses programs shown from their transcripts in CI only, a dev server too (refuseSkippedInCi reads this)', () => {
		expect(engineConfig('/site', { CI: 'true' }).ci).toBe(true);
		expect(engineConfig('/site', { CI: 'true' }, { dev: true }).ci).toBe(true);
		expect(engineConfig('/site', { CI: 'false' }).ci).toBe(false);
		expect(engineConfig('/site', {}).ci).toBe(false);
	});

	it('resolves the sandbox level once, from EXAMPLES_SANDBOX or else the strongest here, for every driver', () => {
		vi.mocked(chooseSandbox).mockClear();
		expect(engineConfig('/site', {}).sandbox).toBe('namespaces');
		expect(engineConfig('/site', { EXAMPLES_SANDBOX: 'process-group' }).sandbox).toBe('process-group');
		expect(vi.mocked(chooseSandbox).mock.calls).toEqual([[{}], [{ EXAMPLES_SANDBOX: 'process-group' }]]);
		expect(sandboxOf(engineConfig('/site', {}))).toBe('namespaces');
	});

	it('keeps a level that cannot run here as its error, thrown where a driver first needs the level', () => {
		const config = engineConfig('/site', { EXAMPLES_SANDBOX: 'bwrap' });
		expect(config.sandbox).toBeInstanceOf(UserError);
		expect(() => sandboxOf(config)).toThrow(
			'EXAMPLES_SANDBOX=bwrap, but that sandbox cannot run here: install bubblewrap.'
		);
	});
});
