/**
 * Runs independent items side by side, at most `concurrency` at a time, then the ones that must run alone
 * (timing-sensitive examples), one at a time with nothing beside them.
 */
export async function schedule<T>(
	items: T[],
	mustRunAlone: (item: T) => boolean,
	concurrency: number,
	fn: (item: T) => Promise<void>
): Promise<void> {
	const alone = items.filter(mustRunAlone);
	await pool(
		items.filter((item) => !alone.includes(item)),
		concurrency,
		fn
	);
	await pool(alone, 1, fn);
}

async function pool<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
	const queue = [...items];
	const worker = async () => {
		for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(size, queue.length)) }, worker));
}
