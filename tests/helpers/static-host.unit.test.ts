/** The static host used to measure pages: what it sends is what a static host sends. */
import { request } from 'node:http';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cacheControl, pickEncoding, serveLikeStaticHost } from './static-host.ts';

describe('static host', () => {
	it('picks brotli when the browser takes it, else gzip, else nothing', () => {
		expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
		expect(pickEncoding('gzip, br;q=0')).toBe('gzip');
		expect(pickEncoding('identity')).toBe('identity');
		expect(pickEncoding(undefined)).toBe('identity');
	});

	it('keeps hashed build files for a year and revalidates the rest', () => {
		expect(cacheControl('/_astro/page.cNngjUgL.js')).toBe('public, max-age=31536000, immutable');
		expect(cacheControl('/asyncio/gather/')).toBe('public, max-age=600');
	});

	it('serves /page/ from page/index.html, compressed, and a missing path as 404.html with status 404', async () => {
		const dir = await mkdtemp(path.join(os.tmpdir(), 'static-host-'));
		await mkdir(path.join(dir, 'page'));
		await writeFile(path.join(dir, 'page', 'index.html'), '<p>page</p>'.repeat(100));
		await writeFile(path.join(dir, '404.html'), '<p>not here</p>');
		const host = await serveLikeStaticHost(dir);
		const get = (pathname: string) =>
			new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
				request(`${host.url}${pathname}`, { headers: { 'accept-encoding': 'br' } }, (response) => {
					const chunks: Buffer[] = [];
					response.on('data', (chunk: Buffer) => chunks.push(chunk));
					response.on('end', () =>
						resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) })
					);
				})
					.on('error', reject)
					.end();
			});
		try {
			const page = await get('/page/');
			expect(page.status).toBe(200);
			expect(page.headers).toMatchObject({
				'content-type': 'text/html; charset=utf-8',
				'content-encoding': 'br',
				'cache-control': 'public, max-age=600',
			});
			expect(brotliDecompressSync(page.body).toString()).toBe('<p>page</p>'.repeat(100));
			const missing = await get('/nowhere/');
			expect(missing.status).toBe(404);
			expect(brotliDecompressSync(missing.body).toString()).toBe('<p>not here</p>');
		} finally {
			await host.close();
		}
	});
});
