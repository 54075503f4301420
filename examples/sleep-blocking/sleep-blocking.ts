import { setTimeout as sleep } from 'node:timers/promises';

// A ticker that wants to run every 100 ms.
let ticks = 0;
let longestGap = 0;
let last = performance.now();
const ticker = setInterval(() => {
	const now = performance.now();
	longestGap = Math.max(longestGap, now - last);
	last = now;
	ticks++;
}, 100);

function busyWait(ms: number): void {
	// WRONG in async code: nothing else can run until this returns.
	const end = performance.now() + ms;
	while (performance.now() < end) {
		// spin
	}
}

console.log('[main] busy loop for 500 ms');
let before = ticks;
busyWait(500);
console.log(`[main] ticks while the busy loop ran: ${ticks - before}`);
await sleep(50); // let the overdue tick happen
console.log(`[main] a tick came over 400 ms late: ${longestGap > 400}`);

console.log('[main] await sleep(500)');
before = ticks;
await sleep(500); // suspends only this function
const keptTicking = ticks - before >= 3;
console.log(`[main] ticker kept ticking meanwhile: ${keptTicking}`);

clearInterval(ticker);
