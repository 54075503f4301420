import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { examplesLoader } from './astro/examples-loader.ts';
import { searchFrontmatterSchema } from './site/search-frontmatter.ts';

export const collections = {
	// The notes live in the top-level content/ folder (the project's layout), not in src/content/docs/.
	docs: defineCollection({
		loader: glob({ base: './content', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema({ extend: searchFrontmatterSchema }),
	}),
	examples: defineCollection({ loader: examplesLoader() }),
};
