// Leaving a `for await` early: the generator's `finally` runs at once.
import { setTimeout as sleep } from 'node:timers/promises';

async function* numbers(label: string): AsyncGenerator<number> {
	try {
		for (let n = 1; n < 100; n++) {
			await sleep(10);
			yield n;
		}
	} finally {
		console.log(`  [${label}] finally runs`);
	}
}

console.log('1. break out of for await:');
for await (const n of numbers('for await')) {
	if (n === 2) break; // for await calls the generator's return()
}
console.log('  after the loop');

console.log('2. a generator stepped by hand with next(), then left:');
const gen = numbers('by hand');
await gen.next();
await sleep(100);
console.log('  not closed: nothing ever calls its return()');
await gen.return(undefined); // the twin of Python's aclose()
console.log('  after return()');
