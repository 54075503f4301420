// A read-modify-write with an await in the middle needs a lock.
import { setImmediate as yieldToLoop } from 'node:timers/promises';

let balance = 0;

/** Node has no Lock: a promise chain is one. Each holder waits for the previous one. */
function mutex() {
	let tail: Promise<void> = Promise.resolve();
	return async function withLock<T>(
		critical: () => Promise<T>
	): Promise<T> {
		const previous = tail;
		let release!: () => void;
		tail = new Promise<void>((resolve) => (release = resolve));
		await previous; // wait for everyone queued before us
		try {
			return await critical();
		} finally {
			release();
		}
	};
}

async function deposit(): Promise<void> {
	const current = balance; // read
	await yieldToLoop(); // any await: other calls run here
	balance = current + 1; // write back a stale value
}

await Promise.all(Array.from({ length: 100 }, () => deposit()));
console.log(`without a lock: 100 deposits, balance ${balance}`);

balance = 0;
const withLock = mutex();
await Promise.all(Array.from({ length: 100 }, () => withLock(deposit)));
console.log(`with a mutex:   100 deposits, balance ${balance}`);
