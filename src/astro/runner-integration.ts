/**
 * The Astro integration of the in-browser runner: serves Pyodide from this site's own files (copied from the
 * `pyodide` npm package into `dist/_pyodide/<version>/` at build time, served from node_modules in `astro dev`),
 * tells the client which files and how many bytes to expect, and adds one JSON file per example that the runner
 * fetches on click (`/_run/<id>.json`), so a page carries none of it before a click.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PYODIDE_FILES, type PyodideAssets } from '../shared/pyodide-assets.ts';

const PYODIDE_DIR = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

/** What the client needs to load Pyodide: the version, the folder below the site's base, the files and sizes. */
export function pyodideAssets(): PyodideAssets {
	const { version } = JSON.parse(readFileSync(path.join(PYODIDE_DIR, 'package.json'), 'utf8')) as { version: string };
	const files = PYODIDE_FILES.map((name) => ({ name, bytes: statSync(path.join(PYODIDE_DIR, name)).size }));
	return { version, dir: `_pyodide/${version}/`, files };
}

const MIME: Record<string, string> = {
	'.mjs': 'text/javascript',
	'.wasm': 'application/wasm',
	'.zip': 'application/zip',
	'.json': 'application/json',
};

export function browserRunner(): AstroIntegration {
	const assets = pyodideAssets();
	return {
		name: 'browser-runner',
		hooks: {
			'astro:config:setup': ({ updateConfig, injectRoute }) => {
				updateConfig({ vite: { define: { __PYODIDE_ASSETS__: JSON.stringify(assets) } } });
				injectRoute({
					pattern: '/_run/[id].json',
					entrypoint: fileURLToPath(new URL('./routes/run-data.ts', import.meta.url)),
					prerender: true,
				});
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					const at = request.url?.indexOf(`/${assets.dir}`) ?? -1;
					const name = at === -1 ? '' : request.url!.slice(at + assets.dir.length + 1).split('?')[0]!;
					if (!assets.files.some((file) => file.name === name)) return next();
					response.setHeader('content-type', MIME[path.extname(name)] ?? 'application/octet-stream');
					createReadStream(path.join(PYODIDE_DIR, name)).pipe(response);
				});
			},
			'astro:build:done': async ({ dir }) => {
				const target = path.join(fileURLToPath(dir), assets.dir);
				await mkdir(target, { recursive: true });
				for (const { name } of assets.files) await copyFile(path.join(PYODIDE_DIR, name), path.join(target, name));
			},
		},
	};
}
