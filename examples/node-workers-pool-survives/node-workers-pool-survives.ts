// A pool of worker threads that outlives its workers: a job that throws fails alone, a worker that dies is
// replaced, and a worker is retired after a few jobs.
import { Worker, isMainThread, parentPort } from 'node:worker_threads';

type Job = number | 'throw' | 'hog';
type Reply = { ok: true; value: number } | { ok: false; error: string };

class Pool {
	private readonly idle: Worker[] = [];
	private readonly waiting: Array<() => void> = [];
	private readonly maxJobsPerWorker: number;
	private readonly info = new Map<
		Worker,
		{ name: string; jobs: number; error?: string }
	>();
	private started = 0;

	constructor(size: number, maxJobsPerWorker: number) {
		this.maxJobsPerWorker = maxJobsPerWorker;
		for (let i = 0; i < size; i++) this.idle.push(this.startWorker());
	}

	/** Runs one job on a free worker; rejects if the job threw or its worker died. */
	run(job: Job): Promise<number> {
		return new Promise((resolve, reject) => {
			const start = () => {
				const worker = this.idle.pop()!;
				const info = this.info.get(worker)!;
				const onExit = (code: number) => {
					const why = info.error ?? `exit code ${code}`;
					console.log(
						`  [pool] ${info.name} died mid-job (${why}); ${this.replace()} takes its place`
					);
					reject(new Error(`its worker died: ${why}`));
				};
				worker.once('exit', onExit);
				worker.once('message', (reply: Reply) => {
					worker.off('exit', onExit);
					if (reply.ok) resolve(reply.value);
					else reject(new Error(reply.error));
					// After the job's own callbacks, which were queued first.
					queueMicrotask(() => {
						if (++info.jobs < this.maxJobsPerWorker)
							return this.release(worker);
						void worker.terminate(); // recycled: whatever it leaked goes with it
						console.log(
							`  [pool] ${info.name} retired after ${info.jobs} jobs; ${this.replace()} takes its place`
						);
					});
				});
				worker.postMessage(job);
			};
			if (this.idle.length > 0) start();
			else this.waiting.push(start);
		});
	}

	close(): Promise<number[]> {
		return Promise.all(this.idle.map((worker) => worker.terminate()));
	}

	private startWorker(): Worker {
		const worker = new Worker(new URL(import.meta.url), {
			// Past 32 MB of heap, Node ends this worker only.
			resourceLimits: { maxOldGenerationSizeMb: 32 },
		});
		const info: { name: string; jobs: number; error?: string } = {
			name: `worker ${++this.started}`,
			jobs: 0,
		};
		this.info.set(worker, info);
		// 'error' comes just before 'exit'; a worker's 'error' that nobody listens to would end the program.
		worker.on('error', (error: Error & { code?: string }) => {
			info.error = error.code ?? error.message;
		});
		return worker;
	}

	private replace(): string {
		const worker = this.startWorker();
		this.release(worker);
		return this.info.get(worker)!.name;
	}

	private release(worker: Worker): void {
		this.idle.push(worker);
		this.waiting.shift()?.();
	}
}

if (isMainThread) {
	const jobs: Job[] = [1, 2, 'throw', 3, 'hog', 4, 5];
	// One worker, so that every step comes in the same order on every run.
	const pool = new Pool(1, 3);
	await Promise.all(
		jobs.map((job, i) =>
			pool.run(job).then(
				(value) => console.log(`job ${i} (${job}): ${value}`),
				(error: Error) =>
					console.log(`job ${i} (${job}): failed, ${error.message}`)
			)
		)
	);
	await pool.close();
} else {
	parentPort?.on('message', (job: Job) => {
		try {
			if (job === 'throw') throw new Error('bad input');
			if (job === 'hog') {
				const hoard: number[][] = [];
				for (;;) hoard.push(new Array<number>(100_000).fill(1)); // until the heap limit
			}
			parentPort?.postMessage({
				ok: true,
				value: job * job,
			} satisfies Reply);
		} catch (error) {
			// The job's own error goes back as an answer: the worker lives on.
			parentPort?.postMessage({
				ok: false,
				error: (error as Error).message,
			} satisfies Reply);
		}
	});
}
