/**
 * Stands in for Pagefind's UI in Starlight's search box (see pagefind-ui-on-open.ts): Starlight constructs it on
 * idle after every load; it loads and constructs the real UI only when the search dialog opens, or a little
 * earlier when the reader points at, touches or tabs to the search button, so the box is usually ready when it
 * opens.
 */
interface PagefindUIOptions {
	/** Selector of the element the UI renders into, inside the search dialog. */
	element: string;
	[option: string]: unknown;
}

export class PagefindUI {
	constructor(options: PagefindUIOptions) {
		const container = document.querySelector(options.element);
		const dialog = container?.closest('dialog');
		const button = dialog?.parentElement?.querySelector('button[data-open-modal]');
		let loading: Promise<void> | undefined;
		const load = () =>
			(loading ??= import('@pagefind/default-ui').then(({ PagefindUI: RealUI }) => {
				new RealUI(options);
				// Starlight focused the input when the dialog opened; on a first open the input did not exist yet.
				if (dialog?.open) container?.querySelector('input')?.focus();
			}));
		if (!dialog || dialog.open) {
			void load();
			return;
		}
		for (const intent of ['pointerenter', 'touchstart', 'focus'])
			button?.addEventListener(intent, load, { once: true, passive: true });
		const opened = new MutationObserver(() => {
			if (!dialog.open) return;
			opened.disconnect();
			void load();
		});
		opened.observe(dialog, { attributes: true, attributeFilter: ['open'] });
	}
}
