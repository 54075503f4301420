/**
 * `npm run new -- <id>`: the files of a new example, a small program in both languages that already builds, so a
 * contributor starts from something that type-checks, runs and is deterministic, and edits it. With
 * `--engine spark` or `--engine beam`, a PySpark or Apache Beam program instead.
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

/** The engines `npm run new -- <id> --engine <engine>` scaffolds a program for. */
export const SCAFFOLD_ENGINES = ['spark', 'beam'] as const;
export type ScaffoldEngine = (typeof SCAFFOLD_ENGINES)[number];

/** Throws unless `engine` is one `npm run new` scaffolds. */
export function checkNewEngine(engine: string): ScaffoldEngine {
	const known = SCAFFOLD_ENGINES as readonly string[];
	if (known.includes(engine)) return engine as ScaffoldEngine;
	throw new UserError(
		`--engine ${engine}: use one of ${known.join(', ')} (e.g. npm run new -- word-count --engine spark)`
	);
}

/**
 * An engine program: Python only, and no example.json, since its imports name the engine and the engine its
 * defaults (imported-engine.ts, metadata.ts ENGINE_DEFAULTS).
 */
function newEngineExample(id: string, engine: ScaffoldEngine): NewExample {
	const py = engine === 'spark' ? sparkProgram(id) : beamProgram(id);
	return { files: { [`${id}.py`]: py }, usage: `<Example id="${id}" />` };
}

const sparkProgram = (id: string) => `"""${id}: say in one sentence what this example shows."""

from pyspark.sql import SparkSession


def words(line: str) -> list[str]:
    return line.split()


def one(word: str) -> tuple[str, int]:
    return (word, 1)


# local[2]: the driver and two task slots, in one JVM on this machine.
spark = SparkSession.builder.master("local[2]").getOrCreate()
lines = spark.sparkContext.parallelize(["a b a", "c b a", "b c"], 2)
counts = lines.flatMap(words).map(one).reduceByKey(lambda a, b: a + b)
for word, count in sorted(counts.collect()):
    print(f"{word}: {count}")
spark.stop()
`;

const beamProgram = (id: string) => `"""${id}: say in one sentence what this example shows."""

# Beam's Python SDK is only partly typed: strict pyright would flag every value that comes out of it.
# pyright: reportUnknownMemberType=false, reportUnknownVariableType=false, reportUnknownArgumentType=false, reportUnknownLambdaType=false

import apache_beam as beam

# The runner is named: runner="DirectRunner" would first try to download Beam's Prism runner, and the build, which has
# no network, would show what it falls back to, not what a reader's copy with a network runs.
with beam.Pipeline(runner="FnApiRunner") as p:
    _ = (
        p
        | beam.Create(["a b a", "c b a", "b c"])
        | beam.FlatMap(str.split)
        | beam.combiners.Count.PerElement()
        | beam.combiners.ToList()
        | beam.Map(lambda counts: print("\\n".join(f"{word}: {n}" for word, n in sorted(counts))))
    )
`;

export function newExample(id: string, engine?: ScaffoldEngine): NewExample {
	if (engine) return newEngineExample(id, engine);
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
