/**
 * Claims an example makes about its run (`"claims"` in example.json), checked at build time against the timeline
 * recorded from that very run. A claim that does not hold fails the build like a failed assertion; one that holds
 * is shown under the timeline with what was measured ("at most 3 in flight — measured: 3").
 *
 * Rows are picked by a selector: `kind:label`, where kind is one of process, thread, task, worker, child, span, or
 * `call` for the calls a pool ran (optional), and label may use `*` as a wildcard; `|` joins several:
 * `"task:job-*"`, `"call:crunch"`, `"worker:*"`, `"a|b|c"`.
 */
import { z } from 'astro/zod';
import type { Claim as SharedClaim } from '../../shared/claims.ts';

const rows = z.string().min(1).describe('which rows: `kind:label`, `*` as a wildcard, e.g. "task:job-*"');
const says = z
	.string()
	.min(1)
	.optional()
	.describe('the sentence shown on the page; a default is written from the claim');
const ms = z.number().min(0);

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
]);

export type Claim = z.output<typeof ClaimSchema>;
// The schema's output is what the shared checker takes.
null as unknown as Claim satisfies SharedClaim;

export { checkClaim, defaultSays, maxInFlight, selectRows, type CheckedClaim } from '../../shared/claims.ts';
