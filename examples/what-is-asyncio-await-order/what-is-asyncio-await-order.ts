// Same program, durations reversed: a is now the shortest task.
import { setTimeout as sleep } from 'node:timers/promises';

async function runTask(name: string, seconds: number): Promise<string> {
	await sleep(seconds * 1000);
	console.log(`[task ${name}] finished after ${seconds} s`);
	return `${name} done`;
}

const a = runTask('a', 0.1);
const b = runTask('b', 0.2);
const c = runTask('c', 0.3);

// Each line after an await waits for that one promise only.
console.log(`[after A] ${await a}`);
console.log(`[after B] ${await b}`);
console.log(`[after C] ${await c}`);
