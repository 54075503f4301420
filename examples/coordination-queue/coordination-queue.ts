// Producer/consumer with a small async queue: maxsize pushes back, join waits.
import { setTimeout as sleep } from 'node:timers/promises';

/** Node has no asyncio.Queue: a minimal one, built from arrays of waiting resolvers. */
class AsyncQueue<T> {
	#items: T[] = [];
	#getters: ((item: T) => void)[] = [];
	#putters: (() => void)[] = [];
	#unfinished = 0;
	#joiners: (() => void)[] = [];
	readonly maxsize: number;

	constructor(maxsize: number) {
		this.maxsize = maxsize;
	}
	get size(): number {
		return this.#items.length;
	}
	full(): boolean {
		return this.#items.length >= this.maxsize;
	}
	async put(item: T): Promise<void> {
		while (this.full())
			await new Promise<void>((resolve) => this.#putters.push(resolve));
		this.#unfinished += 1;
		const getter = this.#getters.shift();
		if (getter)
			getter(item); // someone is waiting: hand it over
		else this.#items.push(item);
	}
	async get(): Promise<T> {
		if (this.#items.length === 0)
			return new Promise<T>((resolve) => this.#getters.push(resolve));
		const item = this.#items.shift()!;
		this.#putters.shift()?.(); // a slot is free: wake one producer
		return item;
	}
	taskDone(): void {
		this.#unfinished -= 1;
		if (this.#unfinished === 0)
			for (const resolve of this.#joiners.splice(0)) resolve();
	}
	async join(): Promise<void> {
		if (this.#unfinished > 0)
			await new Promise<void>((resolve) => this.#joiners.push(resolve));
	}
}

async function producer(queue: AsyncQueue<number>): Promise<void> {
	for (let item = 1; item <= 5; item++) {
		if (queue.full())
			console.log(
				`[producer] queue full (${queue.size}): waiting to put ${item}`
			);
		await queue.put(item); // waits while the queue is full
		console.log(`[producer] put ${item} (size ${queue.size})`);
	}
	console.log('[producer] all 5 put');
}

async function consumer(queue: AsyncQueue<number>): Promise<void> {
	while (true) {
		const item = await queue.get(); // waits while the queue is empty
		console.log(`[consumer] got ${item}, working 0.1 s`);
		await sleep(100);
		queue.taskDone(); // one taskDone() per get()
	}
}

const queue = new AsyncQueue<number>(2);
void consumer(queue); // runs at once, up to its first get()
await producer(queue);
await queue.join(); // until every item got its taskDone()
console.log('[main] join() returned: every item processed');
// The consumer now waits in get() forever. A pending promise keeps no
// timer or I/O alive, so the loop is empty and Node exits by itself.
