/// <reference types="astro/client" />
/** Starlight route middleware: a splash page's hero buttons (frontmatter `hero.actions[].link`) get the base path. */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { withBase } from '../shared/with-base.ts';

export const onRequest = defineRouteMiddleware((context) => {
	const hero = context.locals.starlightRoute.entry.data.hero;
	for (const action of hero?.actions ?? []) action.link = withBase(action.link, import.meta.env.BASE_URL);
});
