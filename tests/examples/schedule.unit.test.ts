import { describe, expect, it } from 'vitest';
import { schedule, slots } from '../../src/examples/schedule.ts';

describe('schedule', () => {
	it('runs independent items side by side, then each timing-sensitive one with nothing beside it', async () => {
		let running = 0;
		const log: string[] = [];
		const items = ['a', 'b', 'alone-1', 'c', 'alone-2', 'd'];
		await schedule(
			items,
			(item) => item.startsWith('alone'),
			slots(2),
			async (item) => {
				running++;
				log.push(`${item} starts beside ${running - 1}`);
				await new Promise((resolve) => setTimeout(resolve, 20));
				running--;
			}
		);
		const alone = log.filter((line) => line.startsWith('alone'));
		expect(alone).toEqual(['alone-1 starts beside 0', 'alone-2 starts beside 0']);
		expect(log.slice(-2)).toEqual(alone); // after all the others
		expect(log.some((line) => line.endsWith('beside 1'))).toBe(true); // the others did overlap
	});
});
