// `export {}` makes this file an ES module wherever it is copied: Node
// treats a .ts or .js file with no import or export, and no package.json
// "type" field above it, as CommonJS, and CommonJS runs the nextTick
// callback before the promise callbacks.
export {};
// As an ES module, its main code runs inside a module evaluation.
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
