/**
 * An Expressive Code plugin that lets a keyboard reach every code block that scrolls sideways (WCAG 2.1.1; axe's
 * `scrollable-region-focusable`).
 *
 * Expressive Code's own script gives an overflowing `<pre>` `tabindex="0"` and `role="region"`, but only about a
 * quarter of a second after the page loads, and it takes them away from blocks that fit. So every `<pre>` leaves the
 * build focusable, and that script then un-focuses the ones that fit. The `role="region"` it adds later (to a block
 * that was hidden in a tab and overflows once shown) is taken off again: it has no name, so a screen reader
 * announces a bare "region", and axe counts several of them as duplicate landmarks. The block stays named by its
 * frame (the `<figure>` and its title), and focusing it reads its code.
 */
import type { ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { select } from '@astrojs/starlight/expressive-code/hast';

/** Runs in the page: removes the unnamed `role="region"` that Expressive Code puts on an overflowing block. */
const dropUnnamedRegions = `new MutationObserver((records) => {
	for (const { target } of records) {
		if (target.matches('.expressive-code pre[role="region"]:not([aria-label], [aria-labelledby])')) target.removeAttribute('role');
	}
}).observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['role'] });`;

export function pluginKeyboardScroll(): ExpressiveCodePlugin {
	return {
		name: 'keyboard-scrollable blocks',
		jsModules: [dropUnnamedRegions],
		hooks: {
			postprocessRenderedBlock: ({ renderData }) => {
				const pre = select('pre', renderData.blockAst);
				if (pre) pre.properties.tabIndex = 0;
			},
		},
	};
}
