/**
 * Run results kept between builds, one JSON file per cache key. Writes are atomic (engine/atomic-write.ts),
 * so an interrupted build never leaves a half-written entry. Only successes are ever written (drivers/run-program.ts, check/check.ts).
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { atomicWrite } from '../atomic-write.ts';

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
			await atomicWrite(path.join(dir, `${key}.json`), JSON.stringify(value));
		},
	};
}
