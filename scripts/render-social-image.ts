/**
 * Renders src/site/assets/social-image.svg to public/social-image.png (1200 × 630, the size Open Graph and Twitter cards
 * show) with Chromium. Run it after editing the SVG: `npx node scripts/render-social-image.ts`; commit both files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { projectRoot } from '../src/cli/project-root.ts';

const ROOT = projectRoot();
const svg = await readFile(path.join(ROOT, 'src', 'site', 'assets', 'social-image.svg'), 'utf8');
const browser = await launchBrowser();
try {
	const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
	await page.setContent(`<body style="margin:0">${svg}</body>`);
	await page.screenshot({ path: path.join(ROOT, 'public', 'social-image.png') });
} finally {
	await browser.close();
}
