/**
 * The link check of `npm run check`: reads dist/ and fails naming each page and broken link. Without dist/ there is
 * nothing to check: locally it says so and passes (build first to check links); in CI (CI=true) that fails, so a
 * pipeline that forgot to build cannot pass the check unseen.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isCi } from '../engine/index.ts';
import { findBrokenLinks, formatBrokenLinks } from '../site/check-links.ts';
import { siteConfig } from '../site/site-config.ts';
import { projectRoot } from './project-root.ts';

const root = projectRoot();
const dist = path.join(root, 'dist');
const inCi = isCi(process.env);

if (!existsSync(dist)) {
	console.log(`link check: no dist/ to check; run \`npm run build\` first${inCi ? ' (required in CI)' : ''}`);
	process.exit(inCi ? 1 : 0);
}
const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
	.filter((entry) => entry.isFile())
	.map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
const pages = new Map<string, string>();
for (const file of files.filter((f) => f.endsWith('.html')))
	pages.set(file, await readFile(path.join(dist, file), 'utf8'));
// The base the site was built with comes from the same variables as astro.config.mjs.
const { base } = siteConfig(process.env);
const broken = findBrokenLinks({ files: new Set(files), pages, base });
if (broken.length) {
	console.error(`link check of dist/ (base ${base}): ${formatBrokenLinks(broken)}`);
	process.exit(1);
}
console.log(`link check: ${pages.size} pages of dist/, every internal link and #anchor resolves`);
