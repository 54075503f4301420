import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetSummary, readSummary, writeSummary } from '../../src/astro/bridge.ts';

const summary = {
	checked: 42,
	ran: 3,
	cached: 39,
	failed: 0,
	seconds: 1.8412,
	stage: { seconds: 1.2, longestSeconds: 0.6, cpuSeconds: 0.4 },
};

describe('the summary between the loader and the integration', () => {
	it('goes from the loader to the integration through the cache folder, and is forgotten at a new build', async () => {
		const cacheDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'summary-')), 'examples');
		expect(await readSummary(cacheDir)).toBeUndefined();
		await writeSummary(cacheDir, summary);
		expect(await readSummary(cacheDir)).toEqual(summary);
		await forgetSummary(cacheDir);
		expect(await readSummary(cacheDir)).toBeUndefined();
	});
});
