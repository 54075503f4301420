/**
 * An Expressive Code plugin that marks the lines of a terminal transcript a program wrote to stderr: a tinted
 * background and an accent bar on every such line, a visible "stderr" badge at the end of the first line of each
 * run (kept in view when the line is wider than the block), and, for screen readers, "standard error, 3 lines:"
 * before that line (the badge itself is hidden from them). It replaces the diff `del` marker, which a reader, and a
 * screen reader, takes for a deletion.
 *
 * Lines come from the `stderr` prop (`<Code code={…} stderr={[2, 3]} />`, 1-based) or from a Markdown fence
 * (```` ```text stderr={2-3} ````). Registered in ec.config.mjs.
 */
import { ExpressiveCodeAnnotation, PluginStyleSettings } from '@astrojs/starlight/expressive-code';
import type { AnnotationRenderOptions, ExpressiveCodePlugin } from '@astrojs/starlight/expressive-code';
import { addClassName, h, type Element } from '@astrojs/starlight/expressive-code/hast';
import { stderrAnnouncement, stderrLineNumbers, stderrRuns, type StderrRun } from './stderr-lines.ts';

declare module '@expressive-code/core' {
	export interface ExpressiveCodeBlockProps {
		/** 1-based numbers of the lines that were written to stderr. */
		stderr: number[];
	}
	export interface StyleSettings {
		stderr: {
			/** Background of a stderr line. */
			lineBackground: string;
			/** The bar at the start of a stderr line. */
			accentColor: string;
			badgeBackground: string;
			badgeForeground: string;
		};
	}
}

export const STDERR_LINE_CLASS = 'stderr';

/** Dark theme first, light theme second (Expressive Code's convention); the badge colours keep a 7:1 contrast. */
const stderrStyleSettings = new PluginStyleSettings({
	defaultValues: {
		stderr: {
			lineBackground: ['#ff7b7224', '#cf222e14'],
			accentColor: ['#ff7b72', '#cf222e'],
			badgeBackground: ['#ffc1ba', '#a40e26'],
			badgeForeground: ['#3d0a06', '#ffffff'],
		},
	},
});

class StderrLineAnnotation extends ExpressiveCodeAnnotation {
	readonly name = 'stderr';
	readonly run: StderrRun | undefined;

	/** `run` is given on the first line of a run only: that line carries the badge and the announcement. */
	constructor(run?: StderrRun) {
		super({});
		this.run = run;
	}

	render({ nodesToTransform }: AnnotationRenderOptions) {
		return nodesToTransform.map((line) => {
			if (line.type !== 'element') return line;
			addClassName(line, STDERR_LINE_CLASS);
			const code = line.children.find((child): child is Element => child.type === 'element' && isCode(child));
			if (this.run && code) {
				code.children.unshift(h('span.ec-stderr-sr', stderrAnnouncement(this.run)));
				code.children.push(h('span.ec-stderr-badge', { ariaHidden: 'true' }, 'stderr'));
			}
			return line;
		});
	}
}

const isCode = (element: Element) => ([] as unknown[]).concat(element.properties.className).includes('code');

export function pluginStderr(): ExpressiveCodePlugin {
	return {
		name: 'stderr lines',
		styleSettings: stderrStyleSettings,
		baseStyles: ({ cssVar }) => `
			.ec-line.${STDERR_LINE_CLASS} {
				background: ${cssVar('stderr.lineBackground')};
				& .code {
					--ecLineBrdCol: ${cssVar('stderr.accentColor')};
					--ecGtrBrdWd: 0.2rem;
				}
			}
			.ec-stderr-badge {
				/* At the end of the line, or at the right edge of the block when the line is wider than the block. */
				position: sticky;
				inset-inline-end: 0;
				margin-inline-start: 1.5ch;
				padding: 0 0.5ch;
				border-radius: 0.25rem;
				font-size: 0.8em;
				background: ${cssVar('stderr.badgeBackground')};
				color: ${cssVar('stderr.badgeForeground')};
				user-select: none;
			}
			.ec-stderr-sr {
				position: absolute;
				width: 1px;
				height: 1px;
				overflow: hidden;
				clip-path: inset(50%);
				white-space: nowrap;
				user-select: none;
			}
		`,
		hooks: {
			preprocessMetadata: ({ codeBlock }) => {
				const page = codeBlock.parentDocument?.sourceFilePath;
				const block = `${page ? `${page}: ` : ''}code block "${codeBlock.code.split('\n')[0]!.slice(0, 40)}"`;
				const fromMeta = codeBlock.metaOptions.getRange('stderr');
				const lines = stderrLineNumbers(fromMeta ?? codeBlock.props.stderr, codeBlock.getLines().length, block);
				for (const run of stderrRuns(lines)) {
					for (let i = 0; i < run.length; i++) {
						codeBlock.getLine(run.first - 1 + i)!.addAnnotation(new StderrLineAnnotation(i === 0 ? run : undefined));
					}
				}
			},
		},
	};
}
