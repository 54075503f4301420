/**
 * A unified diff of two texts, line by line, as `git diff` shows one: `-` committed, `+` this run, three lines of
 * context, `@@` hunk headers. Transcripts are short; past a size where the line-by-line table would be slow, the
 * changed middle is shown as removed then added.
 */

const CONTEXT = 3;
const MAX_TABLE_CELLS = 4_000_000;

type Op = { kind: ' ' | '-' | '+'; line: string; a: number; b: number };

/** Empty when the texts are equal. `maxLines` caps the output, saying how much was left out. */
export function unifiedDiff(expected: string, actual: string, maxLines = 80): string {
	if (expected === actual) return '';
	const a = splitLines(expected);
	const b = splitLines(actual);
	const ops = diffOps(a, b);
	const lines = hunks(ops);
	if (lines.length <= maxLines) return lines.join('\n');
	return [...lines.slice(0, maxLines), `… ${lines.length - maxLines} more diff lines`].join('\n');
}

function splitLines(text: string): string[] {
	return text === '' ? [] : text.replace(/\n$/, '').split('\n');
}

/** Every line of both texts as kept, removed or added, in order (a longest common subsequence). */
function diffOps(a: string[], b: string[]): Op[] {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) (endA--, endB--);
	const ops: Op[] = [];
	for (let i = 0; i < start; i++) ops.push({ kind: ' ', line: a[i]!, a: i, b: i });
	const midA = a.slice(start, endA);
	const midB = b.slice(start, endB);
	if ((midA.length + 1) * (midB.length + 1) > MAX_TABLE_CELLS) {
		midA.forEach((line, i) => ops.push({ kind: '-', line, a: start + i, b: start }));
		midB.forEach((line, j) => ops.push({ kind: '+', line, a: endA, b: start + j }));
	} else {
		// lcs[i][j]: length of the longest common subsequence of midA[i..] and midB[j..].
		const cols = midB.length + 1;
		const lcs = new Uint32Array((midA.length + 1) * cols);
		for (let i = midA.length - 1; i >= 0; i--) {
			for (let j = midB.length - 1; j >= 0; j--) {
				lcs[i * cols + j] =
					midA[i] === midB[j]
						? lcs[(i + 1) * cols + j + 1]! + 1
						: Math.max(lcs[(i + 1) * cols + j]!, lcs[i * cols + j + 1]!);
			}
		}
		let i = 0;
		let j = 0;
		while (i < midA.length || j < midB.length) {
			if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
				ops.push({ kind: ' ', line: midA[i]!, a: start + i++, b: start + j++ });
			} else if (i < midA.length && (j === midB.length || lcs[(i + 1) * cols + j]! >= lcs[i * cols + j + 1]!)) {
				// Removals before additions, as git shows a changed line.
				ops.push({ kind: '-', line: midA[i]!, a: start + i++, b: start + j });
			} else {
				ops.push({ kind: '+', line: midB[j]!, a: start + i, b: start + j++ });
			}
		}
	}
	for (let i = endA, j = endB; i < a.length; i++, j++) ops.push({ kind: ' ', line: a[i]!, a: i, b: j });
	return ops;
}

/** Groups changes with their context into `@@ -a,n +b,m @@` hunks. */
function hunks(ops: Op[]): string[] {
	const changed = ops.map((op, i) => (op.kind === ' ' ? -1 : i)).filter((i) => i >= 0);
	const out: string[] = [];
	let k = 0;
	while (k < changed.length) {
		const from = Math.max(0, changed[k]! - CONTEXT);
		let to = Math.min(ops.length, changed[k]! + CONTEXT + 1);
		while (k + 1 < changed.length && changed[k + 1]! - CONTEXT <= to)
			to = Math.min(ops.length, changed[++k]! + CONTEXT + 1);
		k++;
		const slice = ops.slice(from, to);
		const countA = slice.filter((op) => op.kind !== '+').length;
		const countB = slice.filter((op) => op.kind !== '-').length;
		const first = slice[0]!;
		out.push(`@@ -${first.a + (countA ? 1 : 0)},${countA} +${first.b + (countB ? 1 : 0)},${countB} @@`);
		for (const op of slice) out.push(`${op.kind}${op.line}`);
	}
	return out;
}
