/**
 * A minimal Language Server Protocol client over a child process's stdio (JSON-RPC 2.0 with `Content-Length`
 * framing): enough to keep a checker running between dev-mode edits and ask it for diagnostics. Requests the
 * server sends back (configuration, capability registration, progress) are answered by `onRequest`.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface LspClient {
	readonly process: ChildProcess;
	request<T>(method: string, params: unknown): Promise<T>;
	notify(method: string, params: unknown): void;
	/** Resolves when the process has exited, with a line saying how (for errors and logs). */
	readonly exited: Promise<string>;
	/** Asks the server to shut down, and kills it if it has not exited within `graceMs`. */
	stop(graceMs?: number): Promise<void>;
}

export interface LspClientOptions {
	command: string;
	args: string[];
	cwd: string;
	/** Answers a request from the server; `undefined` answers `null`. */
	onRequest?: (method: string, params: unknown) => unknown;
}

interface Pending {
	resolve: (value: unknown) => void;
	reject: (error: Error) => void;
	method: string;
}

export function startLspClient(options: LspClientOptions): LspClient {
	const child = spawn(options.command, options.args, { cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
	const pending = new Map<number, Pending>();
	let nextId = 1;
	let buffer = Buffer.alloc(0);
	let stderr = '';
	let gone = '';

	const send = (message: object) => {
		if (gone) return;
		const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
		child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
		child.stdin.write(body);
	};

	const handle = (message: {
		id?: number;
		method?: string;
		params?: unknown;
		result?: unknown;
		error?: { message: string };
	}) => {
		if (message.method && message.id !== undefined) {
			// A request from the server: answer it, or it waits for us forever.
			const result = options.onRequest?.(message.method, message.params) ?? null;
			send({ id: message.id, result });
		} else if (message.id !== undefined && !message.method) {
			const call = pending.get(message.id);
			pending.delete(message.id);
			if (!call) return;
			if (message.error) call.reject(new Error(`${call.method}: ${message.error.message}`));
			else call.resolve(message.result);
		}
		// Notifications (logs, pushed diagnostics, progress) are not needed: diagnostics are pulled.
	};

	/**
	 * A frame the client cannot read (no Content-Length, a body that is not JSON) leaves it unable to follow the
	 * stream: it gives up on this server. The pending requests reject with what was wrong, the server is killed,
	 * and `exited` says why, so the caller starts another (or falls back) as for a crash. Nothing is thrown out of
	 * the stream handler: there it would be an uncaught exception in the dev server.
	 */
	const abandon = (what: string) => {
		if (gone) return;
		gone = `${options.command} ${options.args.join(' ')} ${what}`;
		for (const call of pending.values()) call.reject(new Error(`${call.method}: ${gone}`));
		pending.clear();
		child.kill('SIGKILL');
	};

	child.stdout.on('data', (chunk: Buffer) => {
		if (gone) return;
		buffer = Buffer.concat([buffer, chunk]);
		for (;;) {
			const headerEnd = buffer.indexOf('\r\n\r\n');
			if (headerEnd < 0) return;
			const header = buffer.subarray(0, headerEnd).toString();
			const declared = /Content-Length: *(\d+)/i.exec(header)?.[1];
			if (declared === undefined) {
				return abandon(`sent a frame without a Content-Length header: ${JSON.stringify(header.slice(0, 200))}`);
			}
			const length = Number(declared);
			const start = headerEnd + 4;
			if (buffer.length < start + length) return;
			const body = buffer.subarray(start, start + length).toString('utf8');
			buffer = buffer.subarray(start + length);
			let message: Parameters<typeof handle>[0];
			try {
				message = JSON.parse(body) as Parameters<typeof handle>[0];
			} catch (error) {
				const why = error instanceof Error ? error.message : String(error);
				return abandon(`sent a message that is not JSON (${why}): ${JSON.stringify(body.slice(0, 200))}`);
			}
			try {
				handle(message);
			} catch (error) {
				// onRequest threw, or the message was not an object: the same, a conversation we cannot carry on.
				return abandon(
					`sent a message the client could not handle (${error instanceof Error ? error.message : String(error)})`
				);
			}
		}
	});
	child.stderr.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString()).slice(-4000); // the tail, for the error if it dies
	});
	// A server that died mid-write must not crash the dev server with EPIPE.
	child.stdin.on('error', () => {});

	const exited = new Promise<string>((resolve) => {
		const end = (why: string) => {
			// After abandon() the reason is already known (the server was killed for it).
			gone ||= `${options.command} ${options.args.join(' ')} ${why}${stderr ? `:\n${stderr}` : ''}`;
			for (const call of pending.values()) call.reject(new Error(`${call.method}: ${gone}`));
			pending.clear();
			resolve(gone);
		};
		child.on('error', (error) => end(`could not start (${error.message})`));
		child.on('exit', (code, signal) => end(signal ? `was killed (${signal})` : `exited with code ${code}`));
	});

	return {
		process: child,
		exited,
		request<T>(method: string, params: unknown) {
			if (gone) return Promise.reject(new Error(`${method}: ${gone}`));
			const id = nextId++;
			return new Promise<T>((resolve, reject) => {
				pending.set(id, { resolve: resolve as (value: unknown) => void, reject, method });
				send({ id, method, params });
			});
		},
		notify(method, params) {
			send({ method, params });
		},
		async stop(graceMs = 1000) {
			if (gone) return;
			const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
			try {
				await Promise.race([this.request('shutdown', null), exited]);
				this.notify('exit', null);
				await exited;
			} catch {
				child.kill('SIGKILL');
				await exited;
			} finally {
				clearTimeout(timer);
			}
		},
	};
}
