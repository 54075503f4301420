/** `/_run/<id>.json`: one example's programs and recorded runs, fetched by the runner when a reader clicks. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getCollection } from 'astro:content';
import { exampleOf, type ExampleResult } from '../../engine/index.ts';
import type { ExampleData } from '../../shared/program-data.ts';

export const getStaticPaths = (async () => {
	const examples = await getCollection('examples');
	return examples.map((entry) => ({ params: { id: entry.id }, props: { example: exampleOf(entry.data) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<InferGetStaticPropsType<typeof getStaticPaths>> = ({ props }) =>
	new Response(JSON.stringify(programData(props.example)), { headers: { 'content-type': 'application/json' } });

/** What the browser gets of an example: what it needs to run or replay it and step through its loop; no timeline rows or trace. */
function programData(example: ExampleResult): ExampleData {
	return {
		id: example.id,
		programs: example.programs.map((p) => ({
			lang: p.lang,
			fileName: p.file.split('/').at(-1)!,
			source: p.source,
			runtime: p.runtime,
			output: p.output,
			exitCode: p.exitCode,
			browser: p.browser,
			claims: p.claimed ?? [],
			...(p.timeline?.loop && { loop: p.timeline.loop }),
		})),
	};
}
