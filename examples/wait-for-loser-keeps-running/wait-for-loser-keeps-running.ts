import { setTimeout as sleep } from 'node:timers/promises';

async function job(): Promise<string> {
	await sleep(300);
	console.log('[job] finished anyway');
	return 'result';
}

// A "timeout" built from Promise.race: whoever settles first wins.
const timedOut = Symbol('timed out');
const winner = await Promise.race([job(), sleep(100, timedOut)]);
if (winner === timedOut) {
	console.log('[main] timed out after 100 ms');
}
// race() does not stop the loser. We do not even await it here,
// yet Node keeps running until its timer fires and it finishes.
console.log('[main] last line of the program');
