/**
 * Starlight's search button is named `aria-label="Search"` but shows "Search Ctrl K". WCAG 2.5.3 (label in name;
 * axe's `label-content-name-mismatch`) asks that the name contain the visible text, so a voice-control user can say
 * what they see. This names the button by all of its visible text, after Starlight's own script has put in the
 * platform's key (⌘ on Apple devices), with spaces between the parts so the text reads as it looks.
 */
export function labelSearchButton(button: Element | null): void {
	const word = button?.querySelector(':scope > span');
	const shortcut = button?.querySelector(':scope > kbd');
	if (!button || !word || !shortcut) return;
	const keys = [...shortcut.querySelectorAll('kbd')];
	shortcut.before(' ');
	for (const key of keys.slice(1)) key.before(' ');
	button.setAttribute('aria-label', [word, ...keys].map((part) => part.textContent?.trim()).join(' '));
}
