/** The frontmatter fields this site adds to Starlight's `docsSchema()`: what search needs beyond the page text. */
import { z } from 'astro/zod';

export const searchFrontmatterSchema = z.object({
	/**
	 * Names a reader may search for that this page explains, written as a reader types them: API names
	 * (`asyncio.gather`, `Promise.allSettled`), other spellings, and concepts the page teaches under another name
	 * ("race condition" for a page whose heading says "A race on a shared counter"). Rendered as
	 * `<meta name="keywords">` and indexed by Pagefind as the `keywords` metadata field, which ranks above body
	 * text (see `src/site/search-ranking.ts`).
	 */
	keywords: z.array(z.string().trim().min(1, 'a keyword must not be empty')).optional(),
});
