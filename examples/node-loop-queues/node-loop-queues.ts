// This file is an ES module: its main code runs inside a module evaluation.
const log = (line: string) => console.log(line);

setTimeout(() => {
	log('[timers]    setTimeout 100 ms');
}, 100);
setImmediate(() => {
	log('[check]     setImmediate');
	// Inside a callback, the nextTick queue is emptied before promise jobs.
	Promise.resolve().then(() =>
		log('  [microtask] promise.then, inside')
	);
	process.nextTick(() => log('  [nextTick]  process.nextTick, inside'));
});
process.nextTick(() => log('[nextTick]  process.nextTick'));
Promise.resolve().then(() => log('[microtask] promise.then'));
queueMicrotask(() => log('[microtask] queueMicrotask'));
log('[main]      last line of the main code');
