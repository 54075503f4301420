// Node's context variable is AsyncLocalStorage: run(value, fn) gives fn, and all it starts, its own value.
import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const requestId = new AsyncLocalStorage<string>();

function log(message: string): void {
	console.log(`[${requestId.getStore() ?? '(none)'}] ${message}`); // nobody passed the id in
}

async function query(table: string): Promise<void> {
	await sleep(100);
	log(`queried ${table}`);
}

async function handle(rid: string, delay: number): Promise<void> {
	await requestId.run(rid, async () => {
		await sleep(delay);
		log('handling');
		await query('users'); // started inside run(): it sees rid too
	});
}

async function setIt(value: string): Promise<void> {
	requestId.enterWith(value); // before any await: still the caller's context
}

// 1. Two requests at once.
await Promise.all([handle('req-1', 100), handle('req-2', 50)]);
log('main, after both requests');
// 2. A nested run() gives its function its own value, and ends with it.
requestId.run('set in a nested run()', () => {});
log('main, after a nested run() set it');
// 3. enterWith() in the synchronous start of an async function sets the caller's.
await setIt('set by enterWith() in a called function');
log('main, after a called function set it');
