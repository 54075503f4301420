/**
 * Run results kept between builds, one JSON file per cache key. Writes are atomic (temporary file, then rename),
 * so an interrupted build never leaves a half-written entry. Only successes are ever written (build-examples.ts).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface ResultCache<T> {
	read(key: string): Promise<T | undefined>;
	write(key: string, value: T): Promise<void>;
}

export function fsCache<T>(dir: string): ResultCache<T> {
	return {
		async read(key) {
			try {
				return JSON.parse(await readFile(path.join(dir, `${key}.json`), 'utf8')) as T;
			} catch {
				return undefined; // missing or unreadable: run again
			}
		},
		async write(key, value) {
			await mkdir(dir, { recursive: true });
			const file = path.join(dir, `${key}.json`);
			const tmp = `${file}.${process.pid}.tmp`;
			await writeFile(tmp, JSON.stringify(value));
			await rename(tmp, file);
		},
	};
}
