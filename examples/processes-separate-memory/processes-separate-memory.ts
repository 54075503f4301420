import { fork } from 'node:child_process';

// Every process has its own copy of this module-level variable.
let counter = 0;

if (process.argv[2] === 'child') {
	counter += 1;
	// The child can only share its result by sending a message.
	process.send?.({ childCounter: counter });
	process.disconnect?.();
} else {
	console.log(`[parent] counter before: ${counter}`);
	const child = fork(import.meta.filename, ['child']);
	const reply = await new Promise<{ childCounter: number }>((ok) => {
		child.once('message', ok);
	});
	await new Promise((ok) => child.once('exit', ok));
	console.log(`[parent] child reports counter = ${reply.childCounter}`);
	console.log(`[parent] counter after:  ${counter}`);
}
