// A job that swallows its abort and awaits again: an aborted signal stays aborted, so the next await that is given
// the signal rejects at once, as in anyio and trio's cancel scopes.
import { setTimeout as sleep } from 'node:timers/promises';

async function stubborn(
	signal: AbortSignal,
	log: string[]
): Promise<void> {
	try {
		await sleep(1000, undefined, { signal });
	} catch {
		log.push('caught the abort, carrying on'); // swallowed: no rethrow
	}
	try {
		await sleep(100, undefined, { signal });
		log.push('second sleep finished');
	} catch (error) {
		log.push('second sleep aborted again');
		throw error;
	}
}

const log: string[] = [];
const scope = AbortSignal.timeout(200);
await stubborn(scope, log).catch(() => {});
log.push(`aborted=${scope.aborted}`);
console.log(
	`AbortSignal.timeout scope: [${log.map((line) => `'${line}'`).join(', ')}]`
);
