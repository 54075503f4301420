// Challenge solution: a small limiter lets two downloads run at a time; the others wait their turn.
import { setTimeout as sleep } from 'node:timers/promises';

async function download(n: number): Promise<void> {
	const start = performance.now();
	await sleep(200); // stands in for the transfer
	performance.measure(`download ${n}`, { start }); // what the page counts
}

/** Node has no Semaphore: this is one. A finished job hands its slot to the next waiter. */
function limiter(max: number) {
	let active = 0;
	const waiting: (() => void)[] = [];
	return async (job: () => Promise<void>): Promise<void> => {
		if (active < max) active += 1;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			await job();
		} finally {
			const next = waiting.shift();
			if (next) next();
			else active -= 1;
		}
	};
}

const limit = limiter(2);
await Promise.all(
	[1, 2, 3, 4, 5, 6].map((n) => limit(() => download(n)))
);
console.log('6 downloads done');
