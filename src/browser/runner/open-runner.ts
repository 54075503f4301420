/**
 * The runner's UI, loaded on a reader's first click of an "Edit & run" or "Replay" button: an editable copy of the
 * program with Run / Stop / Reset, or a replay of the build's run, and an output area that fills as the program
 * prints (stderr marked), labelled with what produced it. The build's own output stays where it was.
 */
import { browserSupport } from '../../shared/browser-support.ts';
import type { ExampleData, ProgramData } from '../../shared/program-data.ts';
import { replay } from './replay.ts';
import { runInBrowser } from './run-session.ts';
import { RUNNER_CSS } from './runner-css.ts';
import type { OutputText } from './worker-output.ts';

const examples = new Map<string, Promise<ExampleData>>();

function loadExample(id: string): Promise<ExampleData> {
	let data = examples.get(id);
	if (!data) {
		const url = new URL(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}_run/${id}.json`, location.href);
		data = fetch(url).then((response) => {
			if (!response.ok) throw new Error(`${url.pathname}: HTTP ${response.status}`);
			return response.json() as Promise<ExampleData>;
		});
		examples.set(id, data);
	}
	return data;
}

export async function openRunner(button: HTMLButtonElement): Promise<void> {
	const host = button.parentElement!;
	const open = host.querySelector<HTMLElement>('.runner');
	if (open) {
		open.hidden = !open.hidden;
		button.setAttribute('aria-expanded', String(!open.hidden));
		return;
	}
	if (!document.getElementById('runner-css')) {
		document.head.append(Object.assign(document.createElement('style'), { id: 'runner-css', textContent: RUNNER_CSS }));
	}
	const id = button.closest<HTMLElement>('[data-example]')!.dataset.example!;
	const lang = button.dataset.runProgram;
	const program = (await loadExample(id)).programs.find((p) => p.lang === lang)!;
	const panel = program.browser.runsIn === 'browser' ? editor(program) : replayer(program);
	panel.classList.add('runner');
	panel.id = `runner-${id}-${lang}`;
	button.setAttribute('aria-controls', panel.id);
	button.setAttribute('aria-expanded', 'true');
	host.append(panel);
	panel.querySelector<HTMLElement>('textarea, button')?.focus();
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}) =>
	Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];

function editor(program: ProgramData): HTMLElement {
	const panel = el('div');
	const note =
		program.lang === 'ts'
			? 'Edit the program and run it in your browser. Types are stripped (by Sucrase), not checked.'
			: 'Edit the program and run it in your browser, on Pyodide (CPython compiled to WebAssembly), loaded from this site the first time you run Python, then cached.';
	const source = el('textarea', { value: program.source, spellcheck: false, className: 'runner-editor' });
	source.setAttribute('aria-label', `${program.fileName}, editable`);
	source.rows = Math.min(30, program.source.split('\n').length + 1);
	const run = el('button', { type: 'button', textContent: 'Run' });
	const stop = el('button', { type: 'button', textContent: 'Stop', disabled: true });
	const reset = el('button', { type: 'button', textContent: 'Reset' });
	const warning = el('p', { className: 'runner-warning', hidden: true });
	const view = outputView();
	panel.append(el('p', { textContent: note }), source, el('div', { className: 'runner-actions' }), warning, view.root);
	panel.querySelector('.runner-actions')!.append(run, stop, reset);
	reset.onclick = () => {
		source.value = program.source;
	};
	run.onclick = () => {
		const support = browserSupport(program.lang, source.value);
		warning.hidden = support.runsIn === 'browser';
		if (support.runsIn === 'replay') warning.textContent = `This edit ${support.reason}: it may fail here.`;
		run.disabled = true;
		stop.disabled = false;
		view.start(program.lang === 'ts' ? 'TypeScript, types stripped, run in your browser' : 'Starting Pyodide…');
		const session = runInBrowser(program.lang, source.value, program.fileName, {
			progress: view.progress,
			ready: view.label,
			output: view.append,
			end: ({ exitCode, stopped }) => {
				run.disabled = false;
				stop.disabled = true;
				view.end(stopped ? `${capitalize(stopped)}.` : exitCode ? `Exit code ${exitCode}.` : 'Finished.');
			},
		});
		stop.onclick = () => session.stop();
	};
	return panel;
}

function replayer(program: ProgramData): HTMLElement {
	const panel = el('div');
	const runtime = program.runtime;
	panel.append(
		el('p', {
			textContent: `Your browser cannot run this program: it ${program.browser.runsIn === 'replay' ? program.browser.reason : ''}. Replay shows the build's run on ${runtime}, with the timing it was recorded with. To change it, copy it and run it on your machine.`,
		})
	);
	const start = el('button', { type: 'button', textContent: "Replay the build's run" });
	const view = outputView();
	panel.append(el('div', { className: 'runner-actions' }), view.root);
	panel.querySelector('.runner-actions')!.append(start);
	let current: { stop(): void } | undefined;
	start.onclick = () => {
		current?.stop();
		view.start(`Replay of the build's run (${runtime}), not running`);
		current = replay(
			program.output,
			(chunk) => view.append([chunk]),
			() =>
				view.end(program.exitCode ? `Replay over: the program exited with code ${program.exitCode}.` : 'Replay over.')
		);
	};
	return panel;
}

/** The output area: a label saying what produced it, a progress bar while Pyodide loads, the text, a status. */
function outputView() {
	const root = el('div', { className: 'runner-result', hidden: true });
	const label = el('p', { className: 'runner-label' });
	const bar = el('progress', { hidden: true });
	const barText = el('span', { className: 'runner-progress' });
	const pre = el('pre', { className: 'runner-output' });
	pre.setAttribute('aria-live', 'polite');
	pre.setAttribute('aria-label', 'Output');
	const status = el('p', { className: 'runner-status' });
	root.append(label, bar, barText, pre, status);
	let pending: OutputText[] = [];
	let started = 0;
	let frame = 0;
	// Output is drawn once per frame, however fast it comes: a flood cannot freeze the page.
	const draw = () => {
		frame = 0;
		for (const { stream, text } of pending) {
			const last = pre.lastElementChild as HTMLElement | null;
			if (last?.dataset.stream === stream) last.append(text);
			else {
				const span = el('span', { className: `runner-${stream}`, textContent: text });
				span.dataset.stream = stream;
				pre.append(span);
			}
		}
		pending = [];
	};
	return {
		root,
		start(text: string) {
			root.hidden = false;
			label.textContent = text;
			pre.replaceChildren();
			status.textContent = 'Running…';
			started = performance.now();
			delete root.dataset.firstOutputMs;
			delete root.dataset.state;
		},
		label(text: string) {
			label.textContent = text;
			bar.hidden = true;
			barText.textContent = '';
		},
		progress(loaded: number, total: number) {
			bar.hidden = false;
			bar.max = total;
			bar.value = loaded;
			root.dataset.downloadedBytes = String(loaded);
			barText.textContent = `Downloading Pyodide: ${mb(loaded)} of ${mb(total)} MB`;
		},
		append(chunks: OutputText[]) {
			root.dataset.firstOutputMs ??= String(Math.round(performance.now() - started));
			pending.push(...chunks);
			frame ||= requestAnimationFrame(draw);
		},
		end(text: string) {
			cancelAnimationFrame(frame);
			draw();
			status.textContent = text;
			root.dataset.state = 'ended';
		},
	};
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const capitalize = (text: string) => text[0]!.toUpperCase() + text.slice(1);
