import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';

if (isMainThread) {
	const background = new Worker(new URL(import.meta.url), {
		workerData: 'background',
	});
	background.unref(); // like daemon=True: does not keep the process alive
	new Worker(new URL(import.meta.url), { workerData: 'save' });
	console.log('[main] end of the main code');
} else if (workerData === 'background') {
	try {
		await sleep(10_000); // "forever", compared with this program
		console.log('[background] finished'); // never printed
	} finally {
		console.log('[background] finally ran'); // never printed either
	}
} else {
	await sleep(300);
	console.log('[worker] saved: the process waited for this worker');
}
