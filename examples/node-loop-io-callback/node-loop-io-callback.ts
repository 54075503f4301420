import { readFile } from 'node:fs';

// Schedules a 0 ms timer and an immediate, and reports which ran first.
function race(): Promise<string> {
	return new Promise((done) => {
		const order: string[] = [];
		const ran = (name: string) => {
			order.push(name);
			if (order.length === 2) done(order.join(', then '));
		};
		setTimeout(() => ran('setTimeout 0'), 0);
		setImmediate(() => ran('setImmediate'));
	});
}

// Holds the thread for `ms` milliseconds without letting the loop run.
function block(ms: number): void {
	const end = performance.now() + ms;
	while (performance.now() < end) {
		// busy
	}
}

// 1. From the main code, with the timer already due when the loop starts.
const fromMain = race();
block(20);
console.log(`main code, timer already due: ${await fromMain}`);

// 2. From an I/O callback (the poll phase), 20 times.
const seen = new Set<string>();
for (let i = 0; i < 20; i++) {
	const order = await new Promise<string>((ok) => {
		readFile(import.meta.filename, () => {
			race().then(ok);
		});
	});
	seen.add(order);
}
console.log(
	`inside an I/O callback, 20 rounds: ${[...seen].join(' | ')}`
);
