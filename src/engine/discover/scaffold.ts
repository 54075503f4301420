/**
 * `npm run new -- <id>`: the files of a new example, a small program in both languages that already builds, so a
 * contributor starts from something that type-checks, runs and is deterministic, and edits it.
 */
import { UserError } from '../errors.ts';
import { ID_PATTERN } from './discover.ts';

export interface NewExample {
	/** File name → content, inside `examples/<id>/`. */
	files: Record<string, string>;
	/** The line to paste into a page. */
	usage: string;
}

/** Throws a message saying what is wrong with the id and what a good one looks like. */
export function checkNewId(id: string | undefined, existing: string[]): string {
	if (!id)
		throw new UserError('Give the new example an id: npm run new -- <id>   (e.g. npm run new -- gather-timeout)');
	if (!ID_PATTERN.test(id)) {
		throw new UserError(
			`"${id}" is not a valid example id: use lower-case letters and digits in words joined by "-", e.g. gather-timeout`
		);
	}
	if (existing.includes(id))
		throw new UserError(`examples/${id}/ already exists: pick another id, or edit that example`);
	return id;
}

export function newExample(id: string): NewExample {
	const py = `"""${id}: say in one sentence what this example shows."""

import asyncio


async def step(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    print(f"[{name}] done after {delay} s")
    return name


async def main() -> None:
    # Sleeps at least 0.1 s apart, so the order is the same on every run, even on a busy machine.
    results = await asyncio.gather(step("a", 0.2), step("b", 0.1))
    print(f"[main] results in argument order: {results}")


if __name__ == "__main__":
    asyncio.run(main())
`;
	const ts = `// ${id}: say in one sentence what this example shows.
import { setTimeout as sleep } from 'node:timers/promises';

async function step(name: string, delay: number): Promise<string> {
	await sleep(delay * 1000);
	console.log(\`[\${name}] done after \${delay} s\`);
	return name;
}

// Sleeps at least 0.1 s apart, so the order is the same on every run.
const results = await Promise.all([step('a', 0.2), step('b', 0.1)]);
console.log(\`[main] results in argument order: \${results.join(', ')}\`);
`;
	return {
		files: {
			[`${id}.py`]: py,
			[`${id}.ts`]: ts,
			// Every field is optional; CONTRIBUTING.md lists them (timeoutMs, alone, needs, expect).
			'example.json': `${JSON.stringify({ timeoutMs: 5000 }, null, '\t')}\n`,
		},
		usage: `<Example id="${id}" />`,
	};
}
