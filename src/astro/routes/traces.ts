/**
 * `/traces/<id>.<py|ts>.trace.json`: each recorded run's Chrome trace, as a static file a reader can download and
 * open in Perfetto. Injected by the examples integration (src/astro/examples-integration.ts), so every site using
 * the engine has it.
 */
import path from 'node:path';
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { exampleOf } from '../../engine/index.ts';

export const getStaticPaths = (async () => {
	const examples = await getCollection('examples');
	return examples.flatMap((entry) =>
		exampleOf(entry.data).programs.flatMap((p) =>
			p.trace ? [{ params: { file: `${path.basename(p.file)}.trace` }, props: { trace: p.trace } }] : []
		)
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(props.trace, { headers: { 'Content-Type': 'application/json' } });
