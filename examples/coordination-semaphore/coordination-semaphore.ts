// A small limiter keeps at most N downloads in flight; we count to prove it.
import { setTimeout as sleep } from 'node:timers/promises';

// [name, ms]: chosen so that no two events fall closer than 50 ms.
const JOBS: [string, number][] = [
	['a', 250],
	['b', 100],
	['c', 300],
	['d', 100],
	['e', 100],
];

/** Node has no Semaphore: this is one. Waiters are served first come, first served. */
function limiter(max: number) {
	let active = 0;
	const waiting: (() => void)[] = [];
	return async function run<T>(job: () => Promise<T>): Promise<T> {
		if (active < max) active += 1;
		else await new Promise<void>((resolve) => waiting.push(resolve));
		try {
			return await job();
		} finally {
			// Hand the slot straight to the next waiter. (Freeing it first
			// would let a newcomer take it before the waiter wakes up.)
			const next = waiting.shift();
			if (next) next();
			else active -= 1;
		}
	};
}

/** Counts the downloads running right now, and the most ever seen. */
function inFlight() {
	const state = { now: 0, most: 0 };
	return {
		state,
		enter() {
			state.now += 1;
			state.most = Math.max(state.most, state.now);
		},
		leave() {
			state.now -= 1;
		},
	};
}

async function download(
	name: string,
	ms: number,
	counter: ReturnType<typeof inFlight>,
	verbose: boolean
) {
	counter.enter();
	if (verbose)
		console.log(`start ${name} (in flight: ${counter.state.now})`);
	await sleep(ms);
	counter.leave();
	if (verbose) console.log(`done  ${name}`);
}

const counter = inFlight();
const limit = limiter(2);
await Promise.all(
	JOBS.map(([name, ms]) =>
		limit(() => download(name, ms, counter, true))
	)
);
console.log(`with limiter(2): at most ${counter.state.most} in flight`);

// The same count without the limiter: the check can fail.
const unlimited = inFlight();
await Promise.all(
	JOBS.map(([name, ms]) => download(name, ms, unlimited, false))
);
console.log(`without it: at most ${unlimited.state.most} in flight`);
