/**
 * `npm run examples:run [-- --shard i/N] [-- id …]`: the build's example stage alone, without the site: every
 * example checked, then its programs run (with `--shard i/N`, only shard i of N's) and their results written to the
 * examples cache (`EXAMPLES_CACHE_DIR` moves it). On N machines each runs one shard; their caches copied into one
 * folder hold every run, and a build from it runs nothing (CONTRIBUTING.md "Shards").
 */
import { parseArgs } from 'node:util';
import os from 'node:os';
import {
	buildExamples,
	engineConfig,
	formatStage,
	formatSummary,
	parseShard,
	reportable,
	UserError,
} from '../engine/index.ts';
import { projectRoot } from './project-root.ts';

const QUIET = /^\[cached\]/;

/** `--shard i/N` (or `--shard=i/N`) and example ids; anything else, or the flag without a value, is a UserError. */
function parseCommandLine(args: string[]) {
	try {
		const { values, positionals } = parseArgs({ args, options: { shard: { type: 'string' } }, allowPositionals: true });
		return { shard: values.shard === undefined ? undefined : parseShard(values.shard), ids: positionals };
	} catch (error) {
		if (error instanceof UserError) throw error;
		throw new UserError(
			`examples:run: ${(error as Error).message}; it takes --shard i/N (e.g. --shard 1/2) and example ids.`
		);
	}
}

try {
	const { shard, ids } = parseCommandLine(process.argv.slice(2));
	const config = engineConfig(projectRoot(), process.env);
	const { summary } = await buildExamples(
		{ ...config, shard, only: ids.length ? ids : undefined },
		{ log: (line) => QUIET.test(line) || console.log(line), now: () => performance.now() }
	);
	console.log(formatSummary(summary));
	if (summary.ran) console.log(formatStage(summary.stage, os.availableParallelism()));
	console.log(`results in ${config.cacheDir}`);
} catch (error) {
	const shown = reportable(error, process.env);
	console.error(error instanceof UserError ? shown.message : `examples:run: ${shown.stack}`);
	process.exitCode = 1;
}
