/** The parts of Astro's loader context the examples loader uses, in memory, with a watcher (dev mode). */
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { vi } from 'vitest';
import { StoredExampleSchema, type StoredExample } from '../../src/engine/model/stored-example.ts';

export function fakeContext(root: string) {
	const entries = new Map<string, { id: string; data: StoredExample; digest?: string }>();
	const logged: string[] = [];
	const watcher = Object.assign(new EventEmitter(), { add: vi.fn() });
	const context = {
		store: {
			keys: () => [...entries.keys()],
			set: (entry: { id: string; data: StoredExample; digest?: string }) => void entries.set(entry.id, entry),
			delete: (id: string) => void entries.delete(id),
		},
		logger: { info: (l: string) => void logged.push(l), error: (l: string) => void logged.push(`error: ${l}`) },
		config: { root: pathToFileURL(`${root}/`) },
		watcher,
		generateDigest: (data: unknown) => JSON.stringify(data).length.toString(),
		// Astro validates with the loader's schema: so does the fake.
		parseData: async ({ data }: { data: unknown }) => StoredExampleSchema.parse(data),
	} as unknown as LoaderContext;
	return { context, entries, logged, watcher };
}
