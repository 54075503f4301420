// events.on turns an emitter's events into an async iterator; a signal or a break ends it.
import { EventEmitter, on } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

const emitter = new EventEmitter();

// 1. on() listens, and queues, from the moment it is called: an event emitted before is lost.
//    Events that come while the loop body is busy wait in its queue.
const heard = emitter.emit('job', 0); // nobody listens yet
console.log(`job 0, emitted before on(): had a listener: ${heard}`);
const iterator = on(emitter, 'job');
emitter.emit('job', 1);
emitter.emit('job', 2);
emitter.emit('job', 3);
for await (const [n] of iterator) {
	await sleep(50); // a slow body
	console.log(`job ${n}`);
	if (n === 3) break; // break ends the iteration and removes the listener
}
console.log(`listeners after break: ${emitter.listenerCount('job')}`);

// 2. An AbortSignal ends a loop that is waiting for the next event.
const controller = new AbortController();
setTimeout(() => emitter.emit('tick', 'a'), 100);
setTimeout(() => emitter.emit('tick', 'b'), 200);
setTimeout(() => controller.abort(), 400); // no more ticks come
try {
	for await (const [tick] of on(emitter, 'tick', {
		signal: controller.signal,
	})) {
		console.log(`tick ${tick}`);
	}
} catch (err) {
	console.log(`the loop ended with ${(err as Error).name}`);
}
console.log(`listeners after abort: ${emitter.listenerCount('tick')}`);

// 3. An 'error' event ends the loop with that error.
setTimeout(() => emitter.emit('error', new Error('disk full')), 100);
try {
	for await (const [n] of on(emitter, 'job')) console.log(`job ${n}`);
} catch (err) {
	console.log(`the loop ended with Error: ${(err as Error).message}`);
}
