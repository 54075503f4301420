import { setTimeout as sleep } from 'node:timers/promises';

// Someone meant "0.3 seconds", as in Python's asyncio.sleep(0.3).
// Node's delay is in milliseconds, so this waits about 1 ms
// (Node raises any delay below 1 ms to 1 ms).
const wrong = sleep(0.3, 'sleep(0.3)   ~1 ms, not 0.3 s');
const right = sleep(300, 'sleep(300)   0.3 s');
const marker = sleep(100, 'sleep(100)   0.1 s');

// Print each one as it finishes.
const order: Promise<void>[] = [wrong, right, marker].map((p) =>
	p.then((label) => console.log(`finished: ${label}`))
);
await Promise.all(order);
