// Ctrl-C in Node: once the program listens for 'SIGINT', Node no longer exits by itself.
import { setTimeout as sleep } from 'node:timers/promises';

process.once('SIGINT', async () => {
	console.log('[SIGINT] listener runs: cleaning up');
	await sleep(100); // the cleanup may await, too
	console.log('[SIGINT] cleanup done');
	process.exit(130); // what a shell reports for Ctrl-C: 128 + SIGINT (2)
});

console.log(
	'[main] working; now Ctrl-C (the program sends itself SIGINT)'
);
process.kill(process.pid, 'SIGINT');
await sleep(50);
console.log('[main] still running 50 ms later: nothing was cancelled');
await sleep(1000);
console.log('[main] never printed: the listener exited first');
