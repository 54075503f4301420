import { spawn } from 'node:child_process';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { watchCpuLoad } from '../../../src/engine/drivers/cpu-load.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the CPU load', () => {
	it('counts a core kept busy by another process, whatever else the machine does', async () => {
		const load = watchCpuLoad({ windowMs: 200 });
		expect(load).not.toBeNull(); // Linux: /proc/stat is there
		const burner = spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' });
		try {
			await sleep(600);
			const busy = load!.busyCores();
			// One core is busy all the time, by the burner alone; the machine has no more than its cores.
			expect(busy).toBeGreaterThan(0.8);
			expect(busy).toBeLessThanOrEqual(os.availableParallelism() + 0.01);
		} finally {
			burner.kill('SIGKILL');
			load!.stop();
		}
	});
});
