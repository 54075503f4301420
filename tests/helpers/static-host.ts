/**
 * Serves a built site as a static host serves it, for measurements that depend on what goes over the wire
 * (Lighthouse): `/page/` → `page/index.html`, `dist/404.html` for a missing path, the right content types,
 * compression negotiated from `Accept-Encoding` (brotli, else gzip, as Netlify and Cloudflare Pages do; GitHub Pages
 * sends gzip), and the cache headers such hosts send: Astro's hashed `/_astro/` files immutable for a year, everything
 * else revalidated after ten minutes (GitHub Pages' `max-age=600`).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.wasm': 'application/wasm',
	'.zip': 'application/zip',
	'.pf_meta': 'application/octet-stream',
};

/** Types worth compressing: text, and WebAssembly (hosts compress it too). Images and fonts are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

export type Encoding = 'br' | 'gzip' | 'identity';

/** The encoding a host picks for a request: brotli when the client takes it, else gzip, else none. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding {
	const accepted = (acceptEncoding ?? '')
		.split(',')
		.map((part) => part.trim().split(/\s*;\s*/))
		.filter(([, quality]) => !/^q=0(\.0*)?$/.test(quality ?? ''))
		.map(([name]) => name);
	if (accepted.includes('br')) return 'br';
	if (accepted.includes('gzip')) return 'gzip';
	return 'identity';
}

/** `Cache-Control` for a path: hashed build output never changes under its name; the rest may change on deploy. */
export function cacheControl(pathname: string): string {
	return pathname.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=600';
}

export interface StaticHost {
	url: string;
	close: () => Promise<void>;
}

export async function serveLikeStaticHost(siteDir: string): Promise<StaticHost> {
	const dir = path.resolve(siteDir);
	/** Compressed bodies by file and encoding: a host compresses once, not on every request. */
	const compressed = new Map<string, Buffer>();
	const encode = (file: string, body: Buffer, encoding: Encoding): Buffer => {
		if (encoding === 'identity') return body;
		const key = `${encoding}:${file}`;
		let out = compressed.get(key);
		if (!out) {
			// Pre-compressed at the highest levels, as a host that compresses at deploy does; a file over 1 MiB (only
			// Pyodide's, fetched on a Run click) at brotli's quick level, so its first request does not stall.
			const quality = body.length > 1 << 20 ? 5 : 11;
			out =
				encoding === 'br'
					? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } })
					: gzipSync(body, { level: 9 });
			compressed.set(key, out);
		}
		return out;
	};
	const find = async (pathname: string): Promise<{ file: string; body: Buffer } | undefined> => {
		const candidates = pathname.endsWith('/')
			? [`${pathname}index.html`]
			: path.extname(pathname)
				? [pathname]
				: [pathname, `${pathname}/index.html`];
		for (const candidate of candidates) {
			const file = path.join(dir, candidate);
			if (!file.startsWith(dir)) return undefined;
			try {
				return { file, body: await readFile(file) };
			} catch {
				// next candidate
			}
		}
		return undefined;
	};
	const server = createServer(async (request: IncomingMessage, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
		const hit = await find(pathname);
		const page = hit ?? (await find('/404.html'));
		if (!page) return void response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
		const { file, body } = page;
		const status = hit ? 200 : 404;
		const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
		const encoding = COMPRESSIBLE.test(type) ? pickEncoding(request.headers['accept-encoding']) : 'identity';
		const payload = encode(file, body, encoding);
		response.writeHead(status, {
			'content-type': type,
			'content-length': payload.length,
			'cache-control': status === 200 ? cacheControl(pathname) : 'no-cache',
			vary: 'Accept-Encoding',
			...(encoding === 'identity' ? {} : { 'content-encoding': encoding }),
		});
		response.end(request.method === 'HEAD' ? undefined : payload);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
