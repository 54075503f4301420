/**
 * The matrix's other runtimes: the versions of each language on this machine besides the main ones, and how a page
 * names a version.
 */
import type { LanguageId } from '../../shared/languages.ts';
import { execTool } from './exec-tool.ts';
import { compareVersions, findPythons, MIN_PYTHON, type Runtime, type Runtimes } from './runtimes.ts';

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** `3.13.0` → `3.13`, `26.10.0` → `26`: how a page names a version. */
export function versionLabel(lang: LanguageId, version: string): string {
	const parts = version.split('.');
	return lang === 'py' ? parts.slice(0, 2).join('.') : parts[0]!;
}

/**
 * The other versions of each language on this machine, newest first, one per line (3.11, 3.12; 22, 24): the
 * Pythons findPythons finds, and Node ≥ 22 as the project's pinned `node-N` npm packages. The main versions are left
 * out.
 */
export async function findOtherRuntimes(
	root: string,
	main: Runtimes,
	env = process.env
): Promise<Record<LanguageId, Runtime[]>> {
	const pythons = await findPythons(root, env);
	const nodeDirs = (await readdir(path.join(root, 'node_modules')).catch(() => [] as string[])).filter((d) =>
		/^node-\d+$/.test(d)
	);
	const nodes = await Promise.all(
		nodeDirs.map(async (dir): Promise<Runtime | null> => {
			const exe = path.join(root, 'node_modules', dir, 'bin', 'node');
			try {
				const probe = await execTool(exe, ['--version'], root);
				return probe.code === 0 ? { path: exe, version: probe.stdout.trim().replace(/^v/, '') } : null;
			} catch {
				return null;
			}
		})
	);
	const pick = (lang: LanguageId, found: Array<Runtime | null>, oldest: string) => {
		const byLine = new Map<string, Runtime>();
		for (const r of found) {
			if (!r || compareVersions(r.version, oldest) < 0) continue;
			const label = versionLabel(lang, r.version);
			if (label === versionLabel(lang, main[lang].version)) continue;
			const kept = byLine.get(label);
			if (!kept || compareVersions(r.version, kept.version) > 0) byLine.set(label, r);
		}
		return [...byLine.values()].sort((a, b) => compareVersions(b.version, a.version));
	};
	return { py: pick('py', pythons, MIN_PYTHON.join('.')), ts: pick('ts', nodes, String(MIN_NODE)) };
}

/** The oldest Node line the TypeScript examples are checked on. */
export const MIN_NODE = 22;
