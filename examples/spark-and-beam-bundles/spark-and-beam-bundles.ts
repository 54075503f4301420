// A one-machine MODEL of how a Beam runner applies a ParDo.
// Not Beam: the runner below splits a PCollection into bundles,
// runs a DoFn over each bundle, and retries a failed bundle whole.
const BUNDLE_SIZE = 3;

const failedOnce = new Set<string>(); // makes "e" fail on its first try
const externalWrites: string[] = []; // a side effect outside Beam

class ConnectionError extends Error {}

// A DoFn: process() is called once per element.
class Shout {
	process(word: string): string[] {
		// Not idempotent: this write happens again on every retry.
		externalWrites.push(word);
		if (word === 'e' && !failedOnce.has(word)) {
			failedOnce.add(word);
			throw new ConnectionError(`lost connection at '${word}'`);
		}
		return [word.toUpperCase()];
	}
}

function parDo(fn: Shout, pcoll: string[]): string[] {
	const output: string[] = [];
	const bundles: string[][] = [];
	for (let i = 0; i < pcoll.length; i += BUNDLE_SIZE) {
		bundles.push(pcoll.slice(i, i + BUNDLE_SIZE));
	}
	bundles.forEach((bundle, index) => {
		const label = `bundle ${index + 1} [${bundle.join(', ')}]`;
		for (let attempt = 1; ; attempt++) {
			try {
				// Output of a bundle is kept only if ALL of it succeeds.
				const result = bundle.flatMap((el) => fn.process(el));
				console.log(`${label} attempt ${attempt}: ok`);
				output.push(...result);
				return;
			} catch (err) {
				if (!(err instanceof ConnectionError)) throw err;
				console.log(`${label} attempt ${attempt}: ${err.message}`);
			}
		}
	});
	return output;
}

const words = ['a', 'b', 'c', 'd', 'e', 'f']; // the input PCollection
const result = parDo(new Shout(), words);
console.log(`output PCollection: [${result.join(', ')}]`);
const writes = externalWrites.length;
console.log(`external writes: ${writes} for ${words.length} elements`);
console.log(`  in order: ${externalWrites.join(' ')}`);
