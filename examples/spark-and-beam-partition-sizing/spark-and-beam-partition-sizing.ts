// Back-of-the-envelope sizing of one Spark stage (arithmetic only).
const MiB = 2 ** 20;
const GiB = 2 ** 30;
const TiB = 2 ** 40;
const MAX_PARTITION_BYTES = 128 * MiB; // spark.sql.files.maxPartitionBytes

const EXECUTORS = 10; // e.g. one executor per node on 10 nodes
const EXECUTOR_CORES = 16; // spark.executor.cores
const TASK_CPUS = 1; // spark.task.cpus (the default)

function size(n: number): string {
	return n >= GiB
		? `${(n / GiB).toFixed(1)} GiB`
		: `${(n / MiB).toFixed(0)} MiB`;
}

// One task per partition; at most `slots` run at once, the rest
// wait for a free slot and run in later "waves".
function plan(
	label: string,
	data: number,
	parts: number,
	slots: number
) {
	const waves = Math.ceil(parts / slots);
	console.log(`${label}:`);
	console.log(`  ${parts} partitions of ${size(data / parts)} each`);
	console.log(`  ${parts} tasks / ${slots} slots = ${waves} wave(s)`);
	if (parts < slots) {
		console.log(`  ${slots - parts} slots sit idle`);
	}
}

const slots = Math.floor((EXECUTORS * EXECUTOR_CORES) / TASK_CPUS);
console.log(
	`task slots: ${EXECUTORS} executors x ${EXECUTOR_CORES} cores` +
		` = ${slots}`
);
plan('1 TiB in 100 partitions', TiB, 100, slots);
const splits = Math.ceil(TiB / MAX_PARTITION_BYTES);
plan('1 TiB of files, 128 MiB splits', TiB, splits, slots);
// The RDD programming guide: 2-4 partitions for each CPU.
console.log(`rule of thumb: ${2 * slots} to ${4 * slots} partitions`);
