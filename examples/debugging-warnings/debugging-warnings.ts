// Warnings Node prints, and how to see where they came from.
import { EventEmitter } from 'node:events';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

// Node's own printer writes "(node:<pid>) ..." with the process id, which
// changes on every run; we replace it with a listener of our own that prints
// what --trace-warnings would add: the line of this file that caused it.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
	console.error(`[warning] ${warning.name}: ${warning.message}`);
	const ours = warning.stack
		?.split('\n')
		.find((line) => line.includes(import.meta.url));
	console.error(
		`[warning]   ${ours?.trim().replace(import.meta.url, path.basename(import.meta.filename))}`
	);
});

// The bug: every request subscribes to one long-lived emitter (a shared
// connection), and never unsubscribes when the request is over.
const connection = new EventEmitter();
async function handleRequest(id: number): Promise<void> {
	connection.on('close', () =>
		console.log(`request ${id}: connection closed`)
	);
	await sleep(10);
}
for (let id = 1; id <= 11; id++) await handleRequest(id);
console.log(
	`[main] 11 requests handled; listeners left behind: ${connection.listenerCount('close')}`
);
