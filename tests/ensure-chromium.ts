/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium (browsers cannot be downloaded here). Installs
 * it with apt-get when it is missing and we are root; otherwise says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log(`${CHROMIUM} not found: installing Debian's chromium for the browser tests…`);
		execFileSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium'], { stdio: 'inherit' });
	} else {
		console.error(
			`The browser tests need Chromium at ${CHROMIUM}: install it (sudo apt-get install chromium) or set CHROMIUM_PATH.`
		);
		process.exit(1);
	}
}
