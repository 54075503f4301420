import { fork } from 'node:child_process';

if (process.argv[2] === 'producer') {
	for (let n = 1; n <= 3; n++) process.send?.(n * n);
	process.send?.(null); // a sentinel: "no more items"
	process.disconnect?.();
} else if (process.argv[2] === 'squarer') {
	// Receive a request, send a reply, until the parent disconnects.
	process.on('message', (n: number) => process.send?.(n * n));
} else {
	// fork() gives parent and child one message channel, both ways.
	const producer = fork(import.meta.filename, ['producer']);
	const items = await new Promise<number[]>((done) => {
		const got: number[] = [];
		producer.on('message', (item: number | null) => {
			if (item === null) done(got);
			else got.push(item);
		});
	});
	console.log(
		`channel: the parent got ${JSON.stringify(items)} from the child`
	);

	const squarer = fork(import.meta.filename, ['squarer']);
	for (const n of [4, 5]) {
		const reply = new Promise((ok) => squarer.once('message', ok));
		squarer.send(n);
		console.log(
			`request/reply: sent ${n}, got back ${String(await reply)}`
		);
	}
	squarer.disconnect(); // closes the channel; the child then exits
}
