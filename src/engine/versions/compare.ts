/**
 * Whether another version's transcript is the main one's, or differs only as the example declares. A declaration
 * names the versions, the lines that may differ (a regular expression over transcript lines) and why; a difference
 * in any other line is undeclared, and fails the version check with a diff. Nothing is normalised: the lines that
 * may differ are only left out of the comparison, and the page shows that version's whole output.
 */
import type { Differs } from '../discover/metadata.ts';
import { unifiedDiff } from '../transcripts/diff.ts';
import { compareVersions } from '../toolchain/runtimes.ts';

export type VersionVerdict =
	{ state: 'same' } | { state: 'declared'; why: string } | { state: 'undeclared'; diff: string; why: string | null };

export function compareVersion(main: string, other: string, label: string, declared: Differs[]): VersionVerdict {
	if (main === other) return { state: 'same' };
	const rules = declared.filter((d) => d.on.includes(label));
	const diff = unifiedDiff(main, other);
	if (!rules.length) return { state: 'undeclared', diff, why: null };
	const patterns = rules.map((r) => new RegExp(r.lines));
	const kept = (text: string) =>
		text
			.split('\n')
			.filter((line) => !patterns.some((p) => p.test(line)))
			.join('\n');
	const why = rules.map((r) => r.why).join(' ');
	if (kept(main) === kept(other)) return { state: 'declared', why };
	return {
		state: 'undeclared',
		diff,
		why: `differs beyond the declared lines (${rules.map((r) => r.lines).join(', ')})`,
	};
}

/**
 * A version qualifies when it is at least the declared minimum (`[3, 13]`). Compared by the engine's one version
 * comparator (toolchain/runtimes.ts), which pads the shorter side with zeros as this did part by part.
 */
export function qualifies(version: string, min: number[] | null): boolean {
	return !min || compareVersions(version, min.join('.')) >= 0;
}
