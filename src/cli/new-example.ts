/** `npm run new -- <id>`: creates examples/<id>/ (both programs and example.json) and says what to do next. */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkNewId, newExample } from '../engine/index.ts';
import { projectRoot } from './project-root.ts';

const root = projectRoot();
const examplesDir = path.join(root, 'examples');
try {
	const existing = (await readdir(examplesDir, { withFileTypes: true }))
		.filter((e) => e.isDirectory())
		.map((e) => e.name);
	const id = checkNewId(process.argv[2], existing);
	const { files, usage } = newExample(id);
	await mkdir(path.join(examplesDir, id));
	for (const [name, text] of Object.entries(files)) {
		await writeFile(path.join(examplesDir, id, name), text, { flag: 'wx' });
		console.log(`created examples/${id}/${name}`);
	}
	console.log(`
Paste this line into a page under content/ (after \`import Example from '~/components/Example.astro';\`):

  ${usage}

Then edit the programs, watch them run with \`npm run dev\`, and accept their output:

  npm run examples:accept -- ${id}`);
} catch (error) {
	console.error(`npm run new: ${(error as Error).message}`);
	process.exitCode = 1;
}
