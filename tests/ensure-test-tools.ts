/**
 * Runs before `npm test`. Two tools come from Debian, not npm: Chromium for the browser tests (browsers cannot be
 * downloaded here) and bubblewrap, the sandbox the build runs examples in. Installs what is missing with apt-get
 * when we are root; otherwise says what to do.
 *
 * In CI (CI=true) it also installs the version matrix's other Node runtimes when missing (package.json
 * `versionMatrix`, src/cli/matrix-runtimes.ts): `npm install` no longer brings them, and the CI-only check of the
 * committed version results (tests/engine/versions/matrix-current.test.ts) runs every TypeScript program on them.
 * Outside CI no test uses them, so a contributor's `npm test` does not download them; it says so in one line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
	ensureMatrixRuntimes,
	installCommand,
	matrixRuntimes,
	missingMatrixRuntimes,
} from '../src/cli/matrix-runtimes.ts';
import { projectRoot } from '../src/cli/project-root.ts';
import { isCi } from '../src/engine/index.ts';

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

const root = projectRoot();
const missingNodes = missingMatrixRuntimes(root);
if (missingNodes.length && isCi(process.env)) {
	const result = ensureMatrixRuntimes(root, (line) => console.log(line));
	if (!result.ok) {
		console.error(
			`${result.message}\nThe CI check of the committed version results needs them; not running the tests without them.`
		);
		process.exit(1);
	}
} else if (missingNodes.length) {
	console.log(
		`Version matrix: ${missingNodes.map((r) => `Node ${r.version}`).join(', ')} not installed; only CI's check of the ` +
			`version results uses them (npm run examples:matrix installs them, or: ${installCommand(matrixRuntimes(root))}).`
	);
}
