import { setTimeout as sleep } from 'node:timers/promises';

// There is no TimeoutError class in JavaScript. A timeout is an
// object whose *name* is 'TimeoutError' or 'AbortError'.
function describe(label: string, err: unknown): void {
	const e = err as Error & { code?: string };
	console.log(`${label}:`);
	console.log(`  name: ${e.name}, code: ${e.code ?? '-'}`);
	const isDom = e instanceof DOMException;
	console.log(`  instanceof DOMException: ${isDom}`);
}

// 1. The reason of AbortSignal.timeout() is a DOMException.
const signal = AbortSignal.timeout(100);
await sleep(200);
describe('signal.reason', signal.reason);

// 2. timers/promises rejects with Node's own AbortError, which
//    is not a DOMException; the timeout is kept as its cause.
try {
	await sleep(300, undefined, { signal: AbortSignal.timeout(100) });
} catch (err) {
	describe('timers/promises rejection', err);
	describe('its cause', (err as Error).cause);
}

// 3. So test the name, which works for both shapes.
function isTimeout(err: unknown): boolean {
	if (!(err instanceof Error)) return false;
	if (err.name === 'TimeoutError') return true;
	return err.name === 'AbortError' && isTimeout(err.cause);
}
try {
	await sleep(300, undefined, { signal: AbortSignal.timeout(100) });
} catch (err) {
	console.log(`isTimeout(err): ${isTimeout(err)}`);
}
