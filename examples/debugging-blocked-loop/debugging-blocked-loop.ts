// A heartbeat that notices when something blocks the loop, and Node's own meter.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

const BEAT = 50; // ms between heartbeats
const LATE = 250; // a beat this late means the loop was blocked
let lastStep = 'start';
let running = true;

async function heartbeat(): Promise<void> {
	while (running) {
		const before = performance.now();
		await sleep(BEAT);
		const late = performance.now() - before - BEAT;
		if (late > LATE) {
			console.log(
				`[heartbeat] a beat came more than ${LATE} ms late: the loop was blocked (last step: ${lastStep})`
			);
		}
	}
}

async function handle(step: string, blocking: boolean): Promise<void> {
	lastStep = step;
	if (blocking) {
		const until = performance.now() + 500; // the bug: 0.5 s of synchronous work
		while (performance.now() < until) {}
	} else {
		await sleep(500); // the same wait, done right
	}
	console.log(`[main] ${step} finished`);
}

const delay = monitorEventLoopDelay({ resolution: 10 });
delay.enable();
const watchdog = heartbeat();
await handle('await sleep(500)', false);
await handle('busy loop for 500 ms', true);
await sleep(100); // give the heartbeat a turn to notice
running = false;
await watchdog;
delay.disable();
// The histogram is in nanoseconds.
console.log(
	`[monitorEventLoopDelay] worst delay over ${LATE} ms: ${delay.max / 1e6 > LATE}`
);
