/**
 * Runs before `npm test`. Two tools come from Debian, not npm: Chromium for the browser tests (browsers cannot be
 * downloaded here) and bubblewrap, the sandbox the build runs examples in. Installs what is missing with apt-get
 * when we are root; otherwise says what to do.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const needed = [
	{ file: CHROMIUM, pkg: 'chromium' },
	{ file: '/usr/bin/bwrap', pkg: 'bubblewrap' },
].filter(({ file }) => !existsSync(file));

if (needed.length) {
	const packages = needed.map((n) => n.pkg).join(' ');
	if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
		console.log(`Installing Debian packages the tests need: ${packages}`);
		execFileSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${packages}`], { stdio: 'inherit' });
	} else {
		console.error(`The tests need these Debian packages: ${packages} (sudo apt-get install ${packages}).`);
		process.exit(1);
	}
}
