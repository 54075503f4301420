/** `/_run/<id>.json`: one example's programs and recorded runs, fetched by the runner when a reader clicks. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ExampleResult } from '../../engine/model/example-result.ts';
import { programData } from '../../shared/program-data.ts';

export const getStaticPaths = (async () => {
	const examples = await getCollection('examples');
	return examples.map((entry) => ({ params: { id: entry.id }, props: { example: entry.data as ExampleResult } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
	new Response(JSON.stringify(programData(props.example as ExampleResult)), {
		headers: { 'content-type': 'application/json' },
	});
