import { type Duplex, duplexPair } from 'node:stream';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

// The handler a `net.createServer(serve)` would get: one Duplex per
// connection. Here each "connection" is a duplexPair(), two connected
// in-memory ends, because the build gives Node no network at all.
async function serve(socket: Duplex): Promise<void> {
	const start = performance.now();
	let name = '';
	for await (const line of createInterface({ input: socket })) {
		if (name === '') name = line;
		else socket.write(`${line.toUpperCase()}\n`);
	}
	socket.end();
	performance.measure(`serve ${name}`, { start });
}

async function client(
	name: string,
	words: string[]
): Promise<string[]> {
	const [mine, theirs] = duplexPair();
	void serve(theirs); // "accept" the connection
	const replies: string[] = [];
	const lines = createInterface({ input: mine })[
		Symbol.asyncIterator
	]();
	mine.write(`${name}\n`);
	for (const word of words) {
		mine.write(`${word}\n`);
		replies.push(String((await lines.next()).value));
		await sleep(100); // think time: the other client gets a turn
	}
	mine.end(); // the server's loop over lines then ends
	await once(mine, 'end');
	return replies;
}

const [ann, bob] = await Promise.all([
	client('ann', ['one', 'two', 'three']),
	client('bob', ['four', 'five']),
]);
console.log(`ann got ${JSON.stringify(ann)}`);
console.log(`bob got ${JSON.stringify(bob)}`);
