// A one-machine MODEL of Spark's lazy evaluation.
// Not Spark: a tiny RDD class whose transformations (map, filter)
// only record a step, and whose actions (count, collect) run the
// steps. The log shows when the functions really run.
const log: string[] = [];

class RDD {
	readonly lineage: string;
	readonly #compute: () => number[]; // how to build the data

	constructor(compute: () => number[], lineage: string) {
		this.#compute = compute;
		this.lineage = lineage;
	}

	// Transformations: return a new RDD at once, run nothing.
	map(fn: (x: number) => number): RDD {
		return new RDD(
			() => this.#compute().map(fn),
			`${this.lineage} -> map`
		);
	}

	filter(fn: (x: number) => boolean): RDD {
		return new RDD(
			() => this.#compute().filter(fn),
			`${this.lineage} -> filter`
		);
	}

	// Actions: run the whole lineage and return a value.
	collect(): number[] {
		return this.#compute();
	}

	count(): number {
		return this.#compute().length;
	}
}

function parallelize(data: number[]): RDD {
	return new RDD(() => {
		log.push('  read the input');
		return [...data];
	}, 'parallelize');
}

function square(x: number): number {
	log.push(`  square(${x})`);
	return x * x;
}

const isEven = (x: number): boolean => x % 2 === 0;

function flush(): void {
	console.log(log.length ? log.join('\n') : '  (nothing ran)');
	log.length = 0;
}

const numbers = parallelize([1, 2, 3, 4]);
const evens = numbers.map(square).filter(isEven); // transformations
console.log(`defined ${evens.lineage}:`);
flush();

console.log('action count():'); // an action runs the whole lineage
const n = evens.count();
flush();
console.log(`  = ${n}`);

console.log('action collect():'); // and the next action runs it again
const result = evens.collect();
flush();
console.log(`  = [${result.join(', ')}]`);
