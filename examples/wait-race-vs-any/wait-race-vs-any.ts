import { setTimeout as sleep } from 'node:timers/promises';

// Fresh promises for each call, so each combinator sees the same race.
const fails = async (ms: number) => {
	await sleep(ms);
	throw new Error(`failed after ${ms} ms`);
};
const succeeds = (ms: number) => sleep(ms, `ok after ${ms} ms`);

// race: the first to SETTLE wins, even when it is a rejection.
try {
	const value = await Promise.race([fails(100), succeeds(200)]);
	console.log(`race: ${value}`);
} catch (err) {
	console.log(`race: rejected, ${(err as Error).message}`);
}

// any: the first to FULFIL wins; rejections are skipped.
const value = await Promise.any([fails(100), succeeds(200)]);
console.log(`any:  ${value}`);

// any: when every promise rejects, one AggregateError holds them all.
try {
	await Promise.any([fails(100), fails(200)]);
} catch (err) {
	const agg = err as AggregateError;
	console.log(`any:  ${agg.name}: ${agg.message}`);
	for (const e of agg.errors as Error[]) {
		console.log(`      - ${e.message}`);
	}
}
