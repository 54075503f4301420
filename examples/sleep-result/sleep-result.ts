// The promise version of setTimeout: the delay is in MILLISECONDS.
import { setTimeout as sleep } from 'node:timers/promises';

// sleep(100, value) waits 100 ms, then resolves with `value`.
const value = await sleep(100, 'R');
console.log(`sleep(100, 'R') resolved to ${JSON.stringify(value)}`);

// Without a value it resolves to undefined.
const nothing = await sleep(100);
console.log(`sleep(100) resolved to ${String(nothing)}`);
