import { setTimeout as sleep } from 'node:timers/promises';

// A blocking call: Atomics.wait stops this thread for 500 ms,
// like readFileSync or any other *Sync API would.
function readSensorSync(): string {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500);
	return '21.5 C';
}

// The same call written the Node way: it returns a promise and
// the wait happens outside JavaScript (here a timer; in real
// code fs/promises, fetch, a database driver...).
async function readSensor(): Promise<string> {
	await sleep(500);
	return '21.5 C';
}

async function ticker(): Promise<void> {
	for (let n = 1; n <= 3; n++) {
		await sleep(100);
		console.log(`[ticker] tick ${n}`);
	}
}

console.log('-- a *Sync call on the main thread --');
let ticks = ticker();
const value = readSensorSync(); // freezes the event loop
console.log(`[main] readSensorSync() returned ${value}`);
await ticks;

console.log('-- the promise-based call --');
ticks = ticker();
console.log(`[main] readSensor() returned ${await readSensor()}`);
await ticks;
