const ROUNDS = 10_000;

// Reschedules itself ROUNDS times with `schedule`, then reports whether
// a 0 ms timer set at the start got a turn before the chain ended.
function chain(name: string, schedule: (fn: () => void) => void) {
	return new Promise<void>((done) => {
		let timerFired = false;
		setTimeout(() => {
			timerFired = true;
		}, 0);
		let n = 0;
		const step = () => {
			if (++n < ROUNDS) return schedule(step);
			console.log(
				`${name}: the timer ran during the chain: ${timerFired}`
			);
			setTimeout(done, 10); // let the timer run before the next chain
		};
		schedule(step);
	});
}

await chain('process.nextTick x 10000', (fn) => process.nextTick(fn));
await chain('promise jobs     x 10000', (fn) => queueMicrotask(fn));
await chain('setImmediate     x 10000', (fn) => setImmediate(fn));
