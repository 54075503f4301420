import { afterEach, describe, expect, it } from 'vitest';
import { startLspClient, type LspClient } from '../../../../src/engine/check/warm/lsp-client.ts';

/**
 * A fake language server: answers the first request it reads with `reply` (written as is, framing included), then
 * stays up until killed, as a real server would.
 */
const fakeServer = (reply: string) => `
	process.stdin.once('data', () => process.stdout.write(${JSON.stringify(reply)}));
	setInterval(() => {}, 1000);
`;
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

let client: LspClient | undefined;
afterEach(async () => {
	client?.process.kill('SIGKILL');
	await client?.exited;
	client = undefined;
});

/** Runs `body` and returns the uncaught exceptions it caused in this process. */
async function uncaughtDuring(body: () => Promise<void>): Promise<unknown[]> {
	const seen: unknown[] = [];
	const listener = (error: unknown) => seen.push(error);
	process.on('uncaughtException', listener);
	try {
		await body();
	} finally {
		process.off('uncaughtException', listener);
	}
	return seen;
}

describe('startLspClient', () => {
	it('answers a well-formed response (the fake server is a fair one)', async () => {
		client = startLspClient({
			command: process.execPath,
			args: ['-e', fakeServer(frame(JSON.stringify({ jsonrpc: '2.0', id: 1, result: { ok: true } })))],
			cwd: process.cwd(),
		});
		await expect(client.request('initialize', {})).resolves.toEqual({ ok: true });
	});

	it('a malformed frame rejects the pending request, throws nothing out of the stream handler', async () => {
		client = startLspClient({
			command: process.execPath,
			args: ['-e', fakeServer(frame('{"jsonrpc": "2.0", "id": 1, "result": {'))],
			cwd: process.cwd(),
		});
		const c = client;
		const uncaught = await uncaughtDuring(async () => {
			const answer = c.request('initialize', {});
			await expect(answer).rejects.toThrow(/^initialize: .*sent a message that is not JSON/s);
			// The client gave up on a server whose stream it can no longer follow: the server is stopped.
			await expect(c.exited).resolves.toMatch(/not JSON/);
		});
		expect(uncaught).toEqual([]);
		await expect(c.request('shutdown', null)).rejects.toThrow(/not JSON/);
	});

	it('a frame without a Content-Length is malformed too', async () => {
		client = startLspClient({
			command: process.execPath,
			args: ['-e', fakeServer('Content-Type: application/json\r\n\r\n{}')],
			cwd: process.cwd(),
		});
		const c = client;
		const uncaught = await uncaughtDuring(async () => {
			await expect(c.request('initialize', {})).rejects.toThrow(/^initialize: .*without a Content-Length/s);
		});
		expect(uncaught).toEqual([]);
	});
});
