/**
 * What every driver (build, off, accept) starts from: the site's examples and the pages that show them. A page that
 * names no example is an error here, before anything is checked, with the closest id.
 */
import { ExampleBuildError } from '../errors.ts';
import { discoverExamples, type ExampleSource } from './discover.ts';
import { findUsages, unknownIdProblems, type Usages } from './usages.ts';

/**
 * Where the site is: the fields of the engine's config (config.ts) that discovery reads, spelt out, so that the first
 * step depends on no configuration module (config.ts imports later steps).
 */
export interface SiteDirs {
	/** Project root: paths in messages are relative to it. */
	root: string;
	examplesDir: string;
	/** MDX pages that show examples; their `<Example id>`s are checked against the examples. */
	contentDir?: string;
}

export async function discoverSite(config: SiteDirs): Promise<{ examples: ExampleSource[]; usages: Usages }> {
	const examples = await discoverExamples(config.examplesDir, config.root);
	const usages: Usages = config.contentDir ? await findUsages(config.contentDir, config.root) : new Map();
	const unknown = unknownIdProblems(
		usages,
		examples.map((e) => e.id)
	);
	if (unknown.length) throw new ExampleBuildError(`Unknown example ids:\n${unknown.join('\n')}`);
	return { examples, usages };
}

/** Whether a build limited to `config.only` (dev mode's changed examples) includes this example. */
export const isSelected = (config: { only?: string[] }, id: string): boolean =>
	!config.only || config.only.includes(id);
