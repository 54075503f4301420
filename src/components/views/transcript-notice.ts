/**
 * What a page says when an output is not the committed one (a local build or dev server; CI fails instead): the
 * output shown is this machine's run, which file it differs from, the diff, and the command that accepts it.
 */
import path from 'node:path';
import type { TranscriptStatus } from '../../engine/model/index.ts';
import { ACCEPT_COMMAND } from '../../engine/model/index.ts';

export interface TranscriptNotice {
	heading: string;
	text: string;
	command: string;
	diff: string;
}

export function transcriptNotice(status: TranscriptStatus | undefined): TranscriptNotice | null {
	if (!status || !['changed', 'missing'].includes(status.state)) return null;
	const id = path.basename(path.dirname(status.file));
	return {
		heading: status.state === 'missing' ? 'No committed transcript yet' : 'Differs from the committed transcript',
		text:
			status.state === 'missing'
				? `This output is from this build only: ${status.file} does not exist yet.`
				: `This output is from this build, and differs from ${status.file}. CI will fail until it is accepted.`,
		command: `${ACCEPT_COMMAND} -- ${id}`,
		diff: status.diff ?? '',
	};
}
