/**
 * `npm run new -- <id> [--engine spark|beam]`: creates examples/<id>/ (both programs and example.json, or one PySpark
 * or Beam program) and says what to do next.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkNewEngine, checkNewId, newExample } from '../engine/index.ts';
import { projectRoot } from './project-root.ts';

const root = projectRoot();
const examplesDir = path.join(root, 'examples');
const args = process.argv.slice(2);
const engineAt = args.indexOf('--engine');
try {
	const existing = (await readdir(examplesDir, { withFileTypes: true }))
		.filter((e) => e.isDirectory())
		.map((e) => e.name);
	const engine = engineAt === -1 ? undefined : checkNewEngine(args[engineAt + 1] ?? '');
	const id = checkNewId(
		args.find((_, i) => engineAt === -1 || (i !== engineAt && i !== engineAt + 1)),
		existing
	);
	const { files, usage } = newExample(id, engine);
	await mkdir(path.join(examplesDir, id));
	for (const [name, text] of Object.entries(files)) {
		await writeFile(path.join(examplesDir, id, name), text, { flag: 'wx' });
		console.log(`created examples/${id}/${name}`);
	}
	console.log(`
Paste this line into a page under content/ (after \`import Example from '~/components/Example.astro';\`):

  ${usage}

Then edit ${engine ? 'the program' : 'the programs'}, watch the output with \`npm run dev\`, and accept it:

  npm run examples:accept -- ${id}`);
} catch (error) {
	console.error(`npm run new: ${(error as Error).message}`);
	process.exitCode = 1;
}
