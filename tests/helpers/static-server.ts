/** Serves a built site folder on a free localhost port, as a static host would (`/page/` → `page/index.html`). */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.wasm': 'application/wasm',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
};

export async function serveStatic(
	dir: string,
	/** Told every path asked for, e.g. to count downloads. */
	onRequest: (pathname: string) => void = () => {}
): Promise<{ url: string; close: () => Promise<void> }> {
	const server = createServer(async (request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		onRequest(pathname);
		const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
		try {
			const body = await readFile(file);
			response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
			response.end(body);
		} catch {
			response.writeHead(404).end('not found');
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
