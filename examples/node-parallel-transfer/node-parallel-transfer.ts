import { Worker, isMainThread, parentPort } from 'node:worker_threads';

const SIZE = 16 * 1024 * 1024; // 16 MiB

if (isMainThread) {
	const worker = new Worker(new URL(import.meta.url));
	const reply = () =>
		new Promise<ArrayBuffer>((ok) => worker.once('message', ok));

	// 1. Copy: the default. The worker gets its own 16 MiB.
	const copied = new ArrayBuffer(SIZE);
	worker.postMessage(copied);
	const back = await reply();
	console.log('copy:');
	console.log(`  main still has ${copied.byteLength / 2 ** 20} MiB`);
	console.log(`  main's first byte: ${new Uint8Array(copied)[0]}`);
	console.log(`  worker's first byte: ${new Uint8Array(back)[0]}`);

	// 2. Transfer: listed in the transfer list, the memory MOVES.
	const moved = new ArrayBuffer(SIZE);
	worker.postMessage(moved, [moved]);
	console.log('transfer:');
	console.log(`  main now has ${moved.byteLength} bytes`);
	console.log(`  detached: ${moved.detached}`);
	const returned = await reply();
	console.log(
		`  worker wrote ${new Uint8Array(returned)[0]} and moved it back`
	);
	await worker.terminate();
} else {
	parentPort?.on('message', (buffer: ArrayBuffer) => {
		new Uint8Array(buffer)[0] = 42;
		// Moving it back costs nothing either.
		parentPort?.postMessage(buffer, [buffer]);
	});
}
