/** The data the runner and the practice panels fetch on click, once per example: `/_run/<id>.json`. */
import type { ExampleData } from '../../shared/program-data.ts';
import { joinBase } from '../../shared/with-base.ts';

const examples = new Map<string, Promise<ExampleData>>();

export function loadExample(id: string): Promise<ExampleData> {
	let data = examples.get(id);
	if (!data) {
		const url = new URL(joinBase(import.meta.env.BASE_URL, `_run/${id}.json`), location.href);
		data = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
			return response.json() as Promise<ExampleData>;
		});
		// A failed fetch is not kept: the next click tries again.
		data.catch(() => examples.delete(id));
		examples.set(id, data);
	}
	return data;
}
