/** Pagefind's UI ships no types; its constructor is all the search box uses (https://pagefind.app/docs/ui/). */
declare module '@pagefind/default-ui' {
	export class PagefindUI {
		constructor(options: { element: string; [option: string]: unknown });
	}
}
