import { setTimeout as sleep } from 'node:timers/promises';

console.log('[main] waiting at most 100 ms for a 500 ms job');
// The timer is aborted after 100 ms and its promise rejects.
// Nobody catches the error: it ends the program.
const result = await sleep(500, 'result', {
	signal: AbortSignal.timeout(100),
});
console.log(`[main] never printed: ${result}`);
