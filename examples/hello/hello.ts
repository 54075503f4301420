import { setTimeout as sleep } from 'node:timers/promises';
const n: number = 2;
await sleep(100);
console.log('hello', n);
console.error('to stderr');
console.log('back');
