// @ts-check
/** Expressive Code options of the site (read by Starlight's `<Code>` too, which cannot take functions from astro.config). */
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { pluginKeyboardScroll } from './src/plugins/expressive-code/plugin-keyboard-scroll.ts';
import { pluginStderr } from './src/plugins/expressive-code/plugin-stderr.ts';

export default defineEcConfig({
	plugins: [pluginStderr(), pluginKeyboardScroll()],
});
