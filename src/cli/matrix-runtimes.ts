/**
 * The other Node runtimes of the version matrix (Node 22 and 24 beside the project's 26), pinned in ONE place:
 * package.json's `versionMatrix` (`"node-22": "npm:node@22.23.3"`). They are not devDependencies, so `npm install`
 * does not bring about 370 MB that only `npm run examples:matrix` and CI's matrix check use; those install them
 * when missing, as a set-up step like `npm install` (`npm install --no-save`: package.json and the lock stay as they
 * are). Nothing installs them while a build or an example program runs. The engine finds them where npm puts them,
 * `node_modules/node-<N>/bin/node` (`findOtherRuntimes`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export interface MatrixRuntime {
	/** The folder under node_modules/: `node-22`. */
	dir: string;
	/** What npm installs there: `npm:node@22.23.3`. */
	spec: string;
	/** The exact version pinned: `22.23.3`. */
	version: string;
}

/** The pins of package.json's `versionMatrix`; a pin that is not an exact `npm:node@X.Y.Z` under `node-<N>` throws. */
export function matrixRuntimes(root: string): MatrixRuntime[] {
	const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
		versionMatrix?: Record<string, string>;
	};
	return Object.entries(pkg.versionMatrix ?? {}).map(([dir, spec]) => {
		const version = /^npm:node@(\d+\.\d+\.\d+)$/.exec(spec)?.[1];
		if (!/^node-\d+$/.test(dir) || !version || dir !== `node-${version.split('.')[0]}`)
			throw new Error(`package.json versionMatrix: "${dir}": "${spec}": expected "node-N": "npm:node@N.x.y" (exact)`);
		return { dir, spec, version };
	});
}

/** Those not installed at their pinned version: no `node_modules/<dir>/bin/node`, or another version there. */
export function missingMatrixRuntimes(root: string): MatrixRuntime[] {
	return matrixRuntimes(root).filter((r) => {
		const dir = path.join(root, 'node_modules', r.dir);
		try {
			const installed = (JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version?: string })
				.version;
			return installed !== r.version || !existsSync(path.join(dir, 'bin', 'node'));
		} catch {
			return true;
		}
	});
}

export type InstallResult = { ok: true; installed: MatrixRuntime[] } | { ok: false; message: string };

/** The command that installs them by hand, for messages. */
export const installCommand = (runtimes: MatrixRuntime[]) =>
	`npm install --no-save ${runtimes.map((r) => `${r.dir}@${r.spec}`).join(' ')}`;

/**
 * Installs every pinned runtime when one is missing. All in one `npm install --no-save`: npm removes the packages
 * the lock does not name, so installing one alone would remove the other. Their `bin` is also called `node`, so
 * `node_modules/.bin/node` is pointed back at the project's Node 26 afterwards (as the postinstall script does).
 */
export function ensureMatrixRuntimes(root: string, log: (line: string) => void, npmCommand = 'npm'): InstallResult {
	const missing = missingMatrixRuntimes(root);
	if (!missing.length) return { ok: true, installed: [] };
	const all = matrixRuntimes(root);
	const command = installCommand(all);
	log(
		`Installing the version matrix's Node runtimes (${missing.map((r) => `Node ${r.version}`).join(', ')}): ${command}`
	);
	const npm = spawnSync(
		npmCommand,
		['install', '--no-save', '--no-audit', '--no-fund', ...all.map((r) => `${r.dir}@${r.spec}`)],
		{ cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }
	);
	relinkProjectNode(root);
	const still = missingMatrixRuntimes(root);
	if (npm.error || npm.status !== 0 || still.length) {
		const said = `${npm.error?.message ?? ''}\n${npm.stderr ?? ''}`.trim().split('\n').slice(-8).join('\n');
		return {
			ok: false,
			message:
				`Could not install the version matrix's Node runtimes (${still.map((r) => r.dir).join(', ') || 'npm failed'}).` +
				`${said ? `\nnpm said:\n${said}` : ''}\nInstall them by hand (network needed): ${command}`,
		};
	}
	return { ok: true, installed: missing };
}

/** `node_modules/.bin/node` → the project's Node (package `node`), whichever package linked it last. */
function relinkProjectNode(root: string) {
	const link = path.join(root, 'node_modules', '.bin', 'node');
	if (!existsSync(path.join(root, 'node_modules', 'node', 'bin', 'node'))) return;
	rmSync(link, { force: true });
	symlinkSync('../node/bin/node', link);
}
