/**
 * The text of built HTML, as a reader sees it: tags taken out (`<b>a</b>b` reads `ab`, as inline text does), the
 * entities Astro writes decoded. `words: true` also drops scripts and styles and lets every tag separate words, to
 * search a whole page for words without joining two of them across a tag.
 */
export function text(html: string, { words = false }: { words?: boolean } = {}): string {
	const stripped = words
		? html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ')
		: html.replace(/<[^>]+>/g, '');
	return stripped.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
}
