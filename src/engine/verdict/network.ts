/**
 * A run that tried to reach the network fails: the build has none, so its page would show what the program prints
 * offline, which a reader's copy, with a network, need not print (a Beam program once downloaded its Prism runner
 * this way and fell back without a word). The harness's recorders report each attempt beyond loopback, with
 * what they knew of it; this names each host once, by the attempt that says most.
 */
import { parseRecordedEvents, type RecordedEvent } from '../record/events.ts';

type NetworkAttempt = Extract<RecordedEvent, { type: 'net' }>;

const MAX_SHOWN = 5;

/** What is wrong with a run whose recorder sent `traceText`, in words that follow `example "<id>" (<file>) `, or null. */
export function networkProblem(traceText: string): string | null {
	if (!traceText.includes('["net"')) return null; // most runs: not parsed twice (the claims parse it too)
	const byHost = new Map<string, NetworkAttempt>();
	const says = (a: NetworkAttempt) => (a.what.includes('://') ? 2 : 0) + (a.port ? 1 : 0);
	for (const event of parseRecordedEvents(traceText)) {
		if (event.type !== 'net') continue;
		const seen = byHost.get(event.host);
		if (!seen || says(event) >= says(seen)) byHost.set(event.host, event);
	}
	if (!byHost.size) return null;
	const shown = [...byHost.values()]
		.slice(0, MAX_SHOWN)
		.map((a) => `${a.host}${a.port ? `:${a.port}` : ''} (${a.what})`);
	const more = byHost.size > MAX_SHOWN ? ` and ${byHost.size - MAX_SHOWN} more` : '';
	return (
		`tried to reach the network: ${shown.join(', ')}${more}. A build has no network, so its page would show what ` +
		'a reader’s copy, with one, need not print: make the program run offline.'
	);
}
