// Two error types, like Python's ValueError and KeyError.
class ParseError extends Error {
	override name = 'ParseError';
}
class MissingKeyError extends Error {
	override name = 'MissingKeyError';
}

async function parsePort(text: string): Promise<number> {
	const port = Number(text);
	if (!Number.isInteger(port)) throw new ParseError(`bad port ${text}`);
	return port;
}

async function lookup(
	config: Record<string, string>,
	key: string
): Promise<string> {
	const value = config[key];
	if (value === undefined) throw new MissingKeyError(`no '${key}'`);
	return value;
}

const config = { host: 'db.local' };

// allSettled never rejects: one entry per promise, in order.
const settled = await Promise.allSettled([
	parsePort('5432'),
	parsePort('80a'),
	lookup(config, 'user'),
]);
for (const entry of settled) {
	if (entry.status === 'fulfilled') {
		console.log(`fulfilled: ${entry.value}`);
	} else {
		console.log(`rejected: ${(entry.reason as Error).message}`);
	}
}

// Bundle the failures into one AggregateError, like ExceptionGroup.
const errors: unknown[] = settled
	.filter((entry) => entry.status === 'rejected')
	.map((entry) => entry.reason);
try {
	if (errors.length > 0) throw new AggregateError(errors, 'failed');
} catch (err) {
	if (!(err instanceof AggregateError)) throw err;
	console.log(`${err.name}: ${err.errors.length} errors`);
	// There is no except*: sort the errors out by type yourself.
	for (const e of err.errors) {
		if (e instanceof ParseError) {
			console.log(`  bad value: ${e.message}`);
		} else if (e instanceof MissingKeyError) {
			console.log(`  missing key: ${e.message}`);
		} else throw e;
	}
}

// Promise.any rejects with an AggregateError only when all fail.
try {
	await Promise.any([parsePort('x'), parsePort('y')]);
} catch (err) {
	const agg = err as AggregateError;
	console.log(`Promise.any: ${agg.name}, ${agg.errors.length} errors`);
}
