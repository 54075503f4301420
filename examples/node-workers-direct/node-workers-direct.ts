// Workers that talk to each other, not through the main thread: a MessageChannel between two workers, and a
// BroadcastChannel that reaches every worker listening on it.
import { once } from 'node:events';
import {
	BroadcastChannel,
	MessageChannel,
	type MessagePort,
	Worker,
	isMainThread,
	parentPort,
	workerData,
} from 'node:worker_threads';

type Role =
	| { role: 'producer'; port: MessagePort }
	| { role: 'consumer'; port: MessagePort }
	| { role: 'listener'; name: string };

if (isMainThread) {
	// Two connected ports: each goes to one worker (moved, in the transfer list), and they talk directly.
	const { port1, port2 } = new MessageChannel();
	const start = (data: Role, transfer: MessagePort[] = []) =>
		new Worker(new URL(import.meta.url), {
			workerData: data,
			transferList: transfer,
		});
	start({ role: 'producer', port: port1 }, [port1]);
	const consumer = start({ role: 'consumer', port: port2 }, [port2]);
	const [total] = await once(consumer, 'message');
	console.log(
		`the main thread received one message, the total of 1..100: ${total}`
	);

	// A broadcast: every BroadcastChannel with the same name, in any thread, gets each message.
	const listeners = ['a', 'b'].map((name) =>
		start({ role: 'listener', name })
	);
	await Promise.all(listeners.map((worker) => once(worker, 'message'))); // both are listening now
	const control = new BroadcastChannel('control');
	const replies = listeners.map((worker) => once(worker, 'message'));
	control.postMessage('stop');
	for (const [reply] of await Promise.all(replies)) console.log(reply);
	control.close();
} else {
	const data = workerData as Role;
	if (data.role === 'producer') {
		for (let n = 1; n <= 100; n++) data.port.postMessage(n);
		data.port.postMessage('end');
		data.port.close();
	} else if (data.role === 'consumer') {
		let total = 0;
		data.port.on('message', (n: number | 'end') => {
			if (n !== 'end') total += n;
			else {
				parentPort?.postMessage(total);
				data.port.close();
			}
		});
	} else {
		const { name } = data;
		const control = new BroadcastChannel('control');
		control.onmessage = (event) => {
			parentPort?.postMessage(
				`listener ${name}: got '${(event as MessageEvent).data}' from the broadcast`
			);
			control.close(); // nothing else keeps this worker alive: it ends
		};
		parentPort?.postMessage('listening');
	}
}
