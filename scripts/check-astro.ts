/**
 * Type-checks the `.astro` files (`npm run check` runs it after tsc, which checks the `.ts` files).
 *
 * Astro's checker (`@astrojs/check`, built on `@astrojs/language-server`) runs on the JavaScript TypeScript
 * compiler (5 or 6); the project's `typescript` is the native 7, which it cannot load. So the language server's
 * checker gets TypeScript 6, installed beside 7 under the npm alias `typescript-6`: in this process only, every
 * `require('typescript')` (the language server's, and Volar's, which it builds on) is sent to `typescript-6`.
 * TODO: use `astro check` once @astrojs/check supports TypeScript 7 (peer range ^5 || ^6 in 0.9.10).
 */
import module, { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../src/cli/project-root.ts';

module.registerHooks({
	resolve: (specifier, context, next) => next(specifier === 'typescript' ? 'typescript-6' : specifier, context),
});
const { AstroCheck } = await import('@astrojs/language-server');

const root = projectRoot();
const project = process.argv[2] ? path.resolve(process.argv[2]) : root;
const typescript = createRequire(import.meta.url).resolve('typescript-6');
const checker = new AstroCheck(project, typescript, path.join(project, 'tsconfig.json'));
const astroFiles = checker.linter.getRootFileNames().filter((file) => file.endsWith('.astro'));
const result = await checker.lint({ fileNames: astroFiles, logErrors: { level: 'error' } });
console.log(`astro files: ${result.fileChecked} checked, ${result.errors} error(s), ${result.warnings} warning(s)`);
if (!result.fileChecked) console.log('no .astro file was found: is tsconfig.json including them?');
process.exitCode = result.errors || !result.fileChecked ? 1 : 0;
