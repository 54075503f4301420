/**
 * Claims an example makes about its run (`"claims"` in example.json), as its schema: part of example.json, so
 * validated with it at discovery. They are checked at build time (verdict/) against the timeline recorded from that
 * very run. A claim that does not hold fails the build like a failed assertion; one that holds
 * is shown under the timeline with what was measured ("at most 3 in flight — measured: 3").
 *
 * Rows are picked by a selector: `kind:label`, where kind is one of process, thread, task, worker, child, span, or
 * `call` for the calls a pool ran (optional), and label may use `*` as a wildcard; `|` joins several:
 * `"task:job-*"`, `"call:crunch"`, `"worker:*"`, `"a|b|c"`. The `spark-*` claims need no rows: they read the tasks
 * Spark's event log put on the timeline; nor do the `loop-*` claims, which read the event loop's own view
 * (shared/loop-claims.ts).
 */
import { z } from 'astro/zod';
import type { Claim as SharedClaim } from '../../shared/claims.ts';
import { LOOP_CAUSES } from '../../shared/loop-causes.ts';

const rows = z.string().min(1).describe('which rows: `kind:label`, `*` as a wildcard, e.g. "task:job-*"');
const says = z
	.string()
	.min(1)
	.optional()
	.describe('the sentence shown on the page; a default is written from the claim');
const ms = z.number().min(0);
const handle = z
	.string()
	.min(1)
	.describe('a loop\'s handle or timer: its label, its task or whom it wakes, `*` as a wildcard, e.g. "a"');

export const ClaimSchema = z.discriminatedUnion('kind', [
	/** At some moment at least `atLeast` of the selected bars run at the same time. */
	z.strictObject({ kind: z.literal('overlap'), rows, atLeast: z.number().int().min(2).default(2), says }),
	/** Never more than `max` of the selected bars at the same time. */
	z.strictObject({ kind: z.literal('max-in-flight'), rows, max: z.number().int().min(1), says }),
	/** From the first start to the last end is closer to the longest bar than to the sum of all of them. */
	z.strictObject({ kind: z.literal('total-near-longest'), rows, says }),
	/** From the first start to the last end is closer to the sum of the bars than to the longest one. */
	z.strictObject({ kind: z.literal('total-near-sum'), rows, says }),
	/** The longest time the selected rows did not run (between asyncio steps, or calls) is within bounds. */
	z.strictObject({ kind: z.literal('longest-gap'), rows, atMostMs: ms.optional(), atLeastMs: ms.optional(), says }),
	/** The longest single asyncio step (time holding the loop without an await) is within bounds. */
	z.strictObject({ kind: z.literal('longest-step'), rows, atMostMs: ms.optional(), atLeastMs: ms.optional(), says }),
	/** Each selected bar lasts within bounds. */
	z.strictObject({ kind: z.literal('duration'), rows, atMostMs: ms.optional(), atLeastMs: ms.optional(), says }),
	/** The selected rows ended this way: `returned`, `cancelled`, `raised TimeoutError`, `exit code 1`. */
	z.strictObject({ kind: z.literal('outcome'), rows, is: z.string().min(1), says }),
	/** Every selected bar starts after every bar of `after` has ended. */
	z.strictObject({ kind: z.literal('starts-after'), rows, after: z.string().min(1), says }),
	// Spark runs: on the tasks of the timeline's slot rows, from Spark's event log (record/spark-timeline.ts).
	/** Never more than `max` Spark tasks running at once (each from its launch to its slot's end). */
	z.strictObject({
		kind: z.literal('spark-tasks-at-once'),
		max: z.number().int().min(1),
		atLeast: z.number().int().min(1).optional(),
		says,
	}),
	/** No task of stage `after` launches before every task of stage `before` has ended: the shuffle barrier. */
	z.strictObject({
		kind: z.literal('spark-stage-barrier'),
		before: z.number().int().min(0),
		after: z.number().int().min(0),
		/** Only the tasks of this Spark application (0 for the first the program started); default: every one. */
		app: z.number().int().min(0).optional(),
		says,
	}),
	/** Partition `partition` (of stage `stage`, or of every stage) ran exactly `times` times (its attempts). */
	z.strictObject({
		kind: z.literal('spark-partition-runs'),
		partition: z.number().int().min(0),
		stage: z.number().int().min(0).optional(),
		times: z.number().int().min(1),
		/** Only the tasks of this Spark application (0 for the first the program started); default: every one. */
		app: z.number().int().min(0).optional(),
		says,
	}),
	// The event loop's own view of the run (Timeline.loop; shared/loop-claims.ts): its main loop's iterations. A
	// handle or timer is named by a pattern (`*` a wildcard) matched against its label, its task or whom it wakes.
	/** These handles first run in the same iteration, in this order (`["a", "b", "c"]`). */
	z.strictObject({ kind: z.literal('loop-same-iteration'), handles: z.array(handle).min(2), says }),
	/** One handle (`by`, or any) held the loop at least `atLeastMs`: an iteration that long ran it alone. */
	z.strictObject({ kind: z.literal('loop-blocked'), atLeastMs: ms, by: handle.optional(), says }),
	/** When both timers were first pending together, the one for `first` was due before the one for `then`. */
	z.strictObject({ kind: z.literal('loop-timer-order'), first: handle, then: handle, says }),
	/** The main loop ran within these many iterations (asyncio.run's own closing ones included). */
	z.strictObject({
		kind: z.literal('loop-iterations'),
		atLeast: z.number().int().min(1).optional(),
		atMost: z.number().int().min(1).optional(),
		says,
	}),
	/** A handle (matching `handle`, or any) that `cause` put in the ready queue ran. */
	z.strictObject({ kind: z.literal('loop-cause'), cause: z.enum(LOOP_CAUSES), handle: handle.optional(), says }),
	/** The first run of `first` comes before the first run of `then`. */
	z.strictObject({ kind: z.literal('loop-runs-before'), first: handle, then: handle, says }),
	/**
	 * After the first run of `after`, the next run of each of `then` comes in this order (and, with `sameIteration`,
	 * in that iteration): what one callback queued, where Node names the queues' callbacks alike (`nextTick`).
	 */
	z.strictObject({
		kind: z.literal('loop-after'),
		after: handle,
		then: z.array(handle).min(1),
		sameIteration: z.boolean().optional(),
		says,
	}),
]);

export type Claim = z.output<typeof ClaimSchema>;
// The schema's output is what the shared checker takes. shared/ keeps its own union because it may import nothing
// outside shared/ (not zod, which would also ship to the browser): this line ties the two at compile time.
null as unknown as Claim satisfies SharedClaim;
