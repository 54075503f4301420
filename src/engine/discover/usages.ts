/**
 * Which pages show which examples: every `<Example id="…">` in the MDX under `content/`. Used to name the pages in
 * a failure report, and to catch a misspelt id before anything runs.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { closest } from '../../shared/closest.ts';

const EXAMPLE_TAG = /<Example\b([^>]*)>/g;
const ID_ATTRIBUTE = /\bid=(["'])(.*?)\1/;

/** id → the pages (relative to the project root) that show it; `''` → pages with an `<Example>` lacking an id. */
export type Usages = Map<string, string[]>;

export async function findUsages(contentDir: string, root: string): Promise<Usages> {
	const usages: Usages = new Map();
	const files = (await readdir(contentDir, { recursive: true })).filter((f) => /\.mdx?$/.test(f)).sort();
	for (const file of files) {
		const text = await readFile(path.join(contentDir, file), 'utf8');
		const page = path.relative(root, path.join(contentDir, file));
		for (const [, attributes] of withoutCode(text).matchAll(EXAMPLE_TAG)) {
			const id = ID_ATTRIBUTE.exec(attributes!)?.[2] ?? '';
			const pages = usages.get(id) ?? [];
			if (!pages.includes(page)) pages.push(page);
			usages.set(id, pages);
		}
	}
	return usages;
}

/**
 * The page without its code: fenced blocks and inline code spans, where `<Example id="…">` is text a page shows
 * (CONTRIBUTING does), not a component.
 */
export function withoutCode(mdx: string): string {
	let fence: string | null = null;
	const kept: string[] = [];
	for (const line of mdx.split('\n')) {
		const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence) {
			if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
			kept.push('');
		} else if (marker) {
			fence = marker;
			kept.push('');
		} else kept.push(line.replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, ''));
	}
	return kept.join('\n');
}

/** One line per unknown id: the page, the id, and the closest existing id. */
export function unknownIdProblems(usages: Usages, knownIds: string[]): string[] {
	const known = new Set(knownIds);
	const problems: string[] = [];
	for (const [id, pages] of usages) {
		if (known.has(id)) continue;
		if (!id) {
			for (const page of pages)
				problems.push(
					`${page}: <Example> needs an id naming a folder of examples/, e.g. <Example id="${knownIds[0] ?? 'gather-order'}" />`
				);
			continue;
		}
		const hint = closest(id, knownIds);
		for (const page of pages) {
			problems.push(
				`${page}: <Example id="${id}"> names no example (no folder examples/${id}/).` +
					(hint ? ` Did you mean "${hint}"?` : '')
			);
		}
	}
	return problems;
}
