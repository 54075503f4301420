// Node has no cancel scopes, but one AbortSignal handed to every job in a block acts as one: abort it, and every
// job that listens stops. AbortSignal.timeout() is a scope with a deadline.
import { setTimeout as sleep } from 'node:timers/promises';

async function fetchJob(
	name: string,
	ms: number,
	signal: AbortSignal,
	log: string[]
): Promise<void> {
	try {
		await sleep(ms, undefined, { signal });
		log.push(`${name} done`);
	} catch (error) {
		if (signal.aborted) log.push(`${name} cancelled`);
		throw error;
	}
}

const log: string[] = [];
const scope = AbortSignal.timeout(300);
await Promise.allSettled([
	fetchJob('fast', 100, scope, log),
	fetchJob('slow', 1000, scope, log),
]);
log.push(`scope cancelled: ${scope.aborted}`);
console.log('AbortSignal.timeout scope:', log);
