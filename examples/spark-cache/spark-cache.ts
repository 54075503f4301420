// A one-machine MODEL of Spark's cache() and lineage.
// Not Spark: an RDD of 2 partitions. Every action recomputes the
// lineage unless the RDD is cached; a lost cached partition is
// recomputed from its lineage, and only that partition.
let calls = 0; // how many times square() really ran

class RDD {
	readonly parts: number;
	readonly blockStore = new Map<number, number[]>(); // executor memory
	readonly #compute: (i: number) => number[]; // how to build partition i
	#cached = false;

	constructor(compute: (i: number) => number[], parts: number) {
		this.#compute = compute;
		this.parts = parts;
	}

	map(fn: (x: number) => number): RDD {
		return new RDD((i) => this.partition(i).map(fn), this.parts);
	}

	filter(fn: (x: number) => boolean): RDD {
		return new RDD((i) => this.partition(i).filter(fn), this.parts);
	}

	cache(): RDD {
		this.#cached = true; // only a mark: nothing is computed yet
		return this;
	}

	partition(i: number): number[] {
		const stored = this.blockStore.get(i);
		if (stored) return stored;
		const data = this.#compute(i); // walk the lineage to the source
		if (this.#cached) this.blockStore.set(i, data);
		return data;
	}

	// An action: one task per partition.
	collect(): number[] {
		const out: number[] = [];
		for (let i = 0; i < this.parts; i++) out.push(...this.partition(i));
		return out;
	}
}

function parallelize(data: number[], parts: number): RDD {
	const size = data.length / parts;
	return new RDD((i) => data.slice(i * size, (i + 1) * size), parts);
}

function square(x: number): number {
	calls += 1;
	return x * x;
}

function run(label: string, rdd: RDD): void {
	calls = 0;
	const result = rdd.collect();
	console.log(
		`${label}: collect() = [${result.join(', ')}], square() ran ${calls} times`
	);
}

const source = parallelize([1, 2, 3, 4], 2);

const plain = source.map(square).filter((x) => x % 2 === 0);
run('no cache, action 1', plain);
run('no cache, action 2', plain);

const cached = source.map(square).cache();
const evens = cached.filter((x) => x % 2 === 0);
console.log(
	`after cache(): ${cached.blockStore.size} partitions stored`
);
run('cached, action 1', evens);
console.log(
	`  stored partitions: [${[...cached.blockStore.keys()].join(', ')}]`
);
run('cached, action 2', evens);

cached.blockStore.delete(1); // say the executor holding it was lost
console.log('lost cached partition 1');
run('cached, action 3', evens);
