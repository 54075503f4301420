/**
 * `/traces/<id>.<py|ts>.trace.json`: each recorded run's Chrome trace, as a static file a reader can download and
 * open in Perfetto. Injected by the examples integration (src/astro/examples-integration.ts), so every site using the engine has it.
 */
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ExampleResult } from '../../engine/model/example-result.ts';

export const getStaticPaths = (async () => {
	const examples = await getCollection('examples');
	return examples.flatMap((entry: { data: unknown }) =>
		(entry.data as ExampleResult).programs
			.filter((p) => p.trace)
			.map((p) => ({ params: { file: `${path.basename(p.file)}.trace` }, props: { trace: p.trace! } }))
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(props.trace as string, { headers: { 'Content-Type': 'application/json' } });
