import { fork, type SerializationType } from 'node:child_process';

type Msg = { tags: Set<string>; day: Date };

if (process.argv[2] === 'child') {
	process.once('message', (msg: Msg) => {
		// Describe what arrived: the types depend on serialization.
		const tags =
			msg.tags instanceof Set ? 'Set' : JSON.stringify(msg.tags);
		const day = msg.day instanceof Date ? 'Date' : typeof msg.day;
		process.send?.(`tags -> ${tags}, day -> ${day}`);
		process.disconnect?.();
	});
} else {
	const msg: Msg = { tags: new Set(['a', 'b']), day: new Date(0) };
	const kinds: SerializationType[] = ['json', 'advanced'];
	for (const serialization of kinds) {
		const child = fork(import.meta.filename, ['child'], {
			serialization,
		});
		child.send(msg);
		const seen = await new Promise((ok) => child.once('message', ok));
		console.log(`${serialization.padEnd(8)}: ${String(seen)}`);
	}
}
