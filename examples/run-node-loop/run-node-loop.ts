// Node is always in an event loop: no asyncio.run needed.
import { setTimeout as sleep } from 'node:timers/promises';

// Runs when the loop has nothing left to do.
process.on('beforeExit', () => {
	console.log('[process] beforeExit: the loop is empty');
});

setTimeout(() => console.log('[timer] fired after 0.2 s'), 200);
console.log('[top level] timer set; top-level code goes on');

await sleep(100); // top-level await: this module pauses, the loop runs
console.log('[top level] resumed after 0.1 s');
console.log('[top level] last line of the file');
