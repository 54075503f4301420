// Node is always in an event loop: no asyncio.run needed.
import { setTimeout as sleep } from 'node:timers/promises';

// Runs when the loop has nothing left to do.
process.on('beforeExit', () => {
	console.log('[process] beforeExit: the loop is empty');
});

setTimeout(() => console.log('[timer 0 s] fired'), 0);
setTimeout(() => console.log('[timer 0.4 s] fired'), 400);
console.log('[top level] timers set; top-level code goes on');

// 0.1 s of synchronous work: the 0 s timer is overdue the whole time,
// but no callback can run until this code gives the loop a turn.
const busyUntil = performance.now() + 100;
while (performance.now() < busyUntil) {}
console.log('[top level] 0.1 s of synchronous work done');

await sleep(100); // top-level await: this module pauses, the loop runs
console.log('[top level] resumed after 0.1 s');
console.log('[top level] last line of the file');
