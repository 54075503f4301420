/**
 * "Predict the output" and the challenges, loaded on a reader's first click of either button
 * (browser/runner/attach.ts). Before that the page carries the buttons (hidden without JavaScript) and nothing else.
 *
 * Predict: the output and timeline of that program are hidden, the build's output lines are shown in a shuffled
 * order (the same for every reader: seeded by the example), the reader orders them (buttons, or Alt+Arrow keys on a
 * line) and reveals; each line is marked placed right or wrong, and the output and timeline come back.
 *
 * Predict the loop's iteration: in which iteration of the event loop does a given line print? The reader answers
 * with a number; the answer is the recorded loop's (ProgramData.loop), and on reveal the loop stepper opens there.
 *
 * Challenge: the Edit & run editor opened on a starting program; each run is judged by the claims the build
 * checked the reference solution by (checker.ts), and the solution can be shown.
 */
import type { ProgramData } from '../../shared/program-data.ts';
import { outputText } from '../../shared/output.ts';
import { editor } from '../runner/open-runner.ts';
import { loadExample } from '../runner/run-data.ts';
import { RUNNER_CSS } from '../runner/runner-css.ts';
import { printedIn } from '../../shared/loop-steps.ts';
import { judge, shuffled } from './checker.ts';
import { PRACTICE_CSS } from './practice-css.ts';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}) =>
	Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];

function addCss(): void {
	for (const [id, css] of [
		['runner-css', RUNNER_CSS],
		['practice-css', PRACTICE_CSS],
	] as const) {
		if (!document.getElementById(id)) document.head.append(el('style', { id, textContent: css }));
	}
}

async function program(id: string, lang: string | undefined): Promise<ProgramData> {
	const data = await loadExample(id);
	const found = data.programs.find((p) => p.lang === lang) ?? data.programs[0];
	if (!found) throw new Error(`example ${id} has no program`);
	return found;
}

export async function openPractice(button: HTMLButtonElement): Promise<void> {
	const host = button.parentElement!;
	// A program's predictions share one host: each button opens and closes its own panel.
	const kind = 'predictIteration' in button.dataset ? 'iteration' : button.dataset.predict ? 'predict' : 'challenge';
	const open = host.querySelector<HTMLElement>(`:scope > .practice[data-kind="${kind}"]`);
	if (open) {
		open.hidden = !open.hidden;
		button.setAttribute('aria-expanded', String(!open.hidden));
		open.dispatchEvent(new Event(open.hidden ? 'practice-close' : 'practice-open'));
		return;
	}
	addCss();
	button.disabled = true;
	try {
		const panel =
			kind === 'iteration'
				? await predictIteration(button, host)
				: kind === 'predict'
					? await predict(button, host)
					: await challenge(
							button.dataset.challenge!,
							button.dataset.start!,
							button.dataset.lang,
							'sameOutput' in button.dataset
						);
		panel.classList.add('practice');
		panel.dataset.kind = kind;
		panel.id = `${kind === 'iteration' ? 'predict-iteration' : kind}-${host.closest<HTMLElement>('[data-example]')?.dataset.example ?? button.dataset.challenge}-${button.dataset.predict ?? button.dataset.lang}`;
		button.setAttribute('aria-controls', panel.id);
		button.setAttribute('aria-expanded', 'true');
		host.append(panel);
		panel.querySelector<HTMLElement>('li, textarea, input, button')?.focus();
	} catch (error) {
		const note = host.querySelector('.practice-error') ?? host.appendChild(el('p', { className: 'practice-error' }));
		note.setAttribute('role', 'alert');
		note.textContent = `Could not load this exercise (${error instanceof Error ? error.message : String(error)}). Click again to retry.`;
	} finally {
		button.disabled = false;
	}
}

/** The output, caption, variants and timeline of the program this button sits above. */
function shownOutput(host: HTMLElement): HTMLElement[] {
	const parts: HTMLElement[] = [];
	for (let next = host.nextElementSibling; next; next = next.nextElementSibling) {
		if (next.matches('.predict, .run-program')) break;
		if (next.matches('.example-output, figure.timeline, .output-variants, .event-loop'))
			parts.push(next as HTMLElement);
	}
	return parts;
}

async function predict(button: HTMLButtonElement, host: HTMLElement): Promise<HTMLElement> {
	const id = host.closest<HTMLElement>('[data-example]')!.dataset.example!;
	const lang = button.dataset.predict!;
	const lines = outputText((await program(id, lang)).output)
		.replace(/\n$/, '')
		.split('\n');
	const hidden = shownOutput(host);
	const panel = el('div');
	const intro = el('p', {
		textContent:
			'Put the lines in the order you expect the program to print them, then reveal. Move a line with its buttons, or focus it and press Alt+↑ or Alt+↓.',
	});
	const list = el('ol', { className: 'predict-lines' });
	list.setAttribute('aria-label', 'Output lines, in the order you predict');
	const reveal = el('button', { type: 'button', textContent: 'Reveal the output' });
	const again = el('button', { type: 'button', textContent: 'Try again', hidden: true });
	const result = el('p', { className: 'predict-result' });
	result.setAttribute('role', 'status');
	result.setAttribute('aria-live', 'polite');
	const actions = el('div', { className: 'runner-actions' });
	actions.append(reveal, again);
	panel.append(intro, list, actions, result);

	const items = () => [...list.children] as HTMLLIElement[];
	const announce = (text: string) => {
		result.textContent = text;
	};
	const move = (li: HTMLLIElement, by: -1 | 1, focus: HTMLElement) => {
		const all = items();
		const at = all.indexOf(li);
		const to = at + by;
		if (to < 0 || to >= all.length || list.dataset.revealed) return;
		if (by < 0) list.insertBefore(li, all[to]!);
		else list.insertBefore(li, all[to]!.nextSibling);
		refresh();
		focus.focus();
		announce(`${JSON.stringify(li.dataset.line)} moved to line ${to + 1} of ${all.length}.`);
	};
	const refresh = () => {
		const all = items();
		all.forEach((li, i) => {
			li.querySelector<HTMLButtonElement>('.predict-up')!.disabled = i === 0 || !!list.dataset.revealed;
			li.querySelector<HTMLButtonElement>('.predict-down')!.disabled = i === all.length - 1 || !!list.dataset.revealed;
		});
	};
	const fill = () => {
		delete list.dataset.revealed;
		list.replaceChildren(
			...shuffled(lines, `${id}:${lang}`).map((n) => {
				const text = lines[n]!;
				const li = el('li', { tabIndex: 0 });
				li.dataset.line = text;
				const up = el('button', { type: 'button', className: 'predict-up', textContent: '↑' });
				const down = el('button', { type: 'button', className: 'predict-down', textContent: '↓' });
				up.setAttribute('aria-label', `Move up: ${text}`);
				down.setAttribute('aria-label', `Move down: ${text}`);
				// A disabled button loses focus: keep it on the line, then.
				up.onclick = () => move(li, -1, li.previousElementSibling?.previousElementSibling ? up : li);
				down.onclick = () => move(li, 1, li.nextElementSibling?.nextElementSibling ? down : li);
				li.onkeydown = (event) => {
					if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
					event.preventDefault();
					move(li, event.key === 'ArrowUp' ? -1 : 1, li);
				};
				const mark = el('span', { className: 'predict-mark' });
				li.append(el('code', { textContent: text }), mark, up, down);
				return li;
			})
		);
		refresh();
	};
	const show = (visible: boolean) => hidden.forEach((part) => (part.hidden = !visible));
	reveal.onclick = () => {
		list.dataset.revealed = 'true';
		let right = 0;
		items().forEach((li, i) => {
			const ok = li.dataset.line === lines[i];
			if (ok) right++;
			li.classList.toggle('predict-right', ok);
			li.classList.toggle('predict-wrong', !ok);
			const real = lines.findIndex((line, n) => line === li.dataset.line && items()[n]?.dataset.line !== line);
			li.querySelector('.predict-mark')!.textContent = ok
				? '✓ placed right'
				: `✗ placed wrong${real >= 0 ? `: it is line ${real + 1}` : ''}`;
		});
		refresh();
		reveal.hidden = true;
		again.hidden = false;
		show(true);
		announce(
			`${right} of ${lines.length} lines placed right.${right === lines.length ? ' Well predicted.' : ''} The real output and its timeline are shown below.`
		);
		again.focus();
	};
	again.onclick = () => {
		fill();
		show(false);
		reveal.hidden = false;
		again.hidden = true;
		announce('');
		items()[0]?.focus();
	};
	panel.addEventListener('practice-close', () => show(true));
	panel.addEventListener('practice-open', () => show(!!list.dataset.revealed));
	fill();
	show(false);
	return panel;
}

/**
 * "In which iteration of the event loop does this line print?": a number, checked against the recorded loop; on
 * reveal the output comes back and the loop stepper opens at the iteration that printed it.
 */
async function predictIteration(button: HTMLButtonElement, host: HTMLElement): Promise<HTMLElement> {
	const id = host.closest<HTMLElement>('[data-example]')!.dataset.example!;
	const data = await program(id, button.dataset.predict);
	const line = button.dataset.predictIteration!;
	const at = outputText(data.output).split('\n').indexOf(line);
	const found = printedIn(data.loop, at);
	if (!found)
		throw new Error(`the recorded loop of ${id} does not say which iteration printed ${JSON.stringify(line)}`);
	const answer = found.iteration.n;
	const total = found.record.iterations.length;
	const hidden = shownOutput(host);
	const loopSection = hidden.find((part) => part.matches('section.event-loop'));
	const panel = el('div');
	const label = el('label');
	const question = el('code', { textContent: line });
	const input = el('input', { type: 'number', min: '1', max: String(total), required: true, className: 'predict-n' });
	label.append(
		'In which iteration of the event loop does ',
		question,
		` print? (The loop ran ${total} iterations.) `,
		input
	);
	const reveal = el('button', { type: 'button', textContent: 'Reveal' });
	const result = el('p', { className: 'predict-result' });
	result.setAttribute('role', 'status');
	result.setAttribute('aria-live', 'polite');
	const actions = el('div', { className: 'runner-actions' });
	actions.append(reveal);
	const ask = el('p');
	ask.append(label);
	panel.append(ask, actions, result);
	const show = (visible: boolean) => hidden.forEach((part) => (part.hidden = !visible));
	reveal.onclick = async () => {
		const guess = Number(input.value);
		show(true);
		result.textContent = `${guess === answer ? '✓ Right' : input.value ? `✗ You said ${guess}` : 'No guess'}: the run printed it in iteration ${answer} of ${total}.${loopSection ? ' The loop view below is open at that iteration.' : ''}`;
		panel.dataset.revealed = 'true';
		if (loopSection) await (await import('../loop/stepper.ts')).openStepperAt(loopSection, answer);
	};
	panel.addEventListener('practice-close', () => show(true));
	panel.addEventListener('practice-open', () => show(!!panel.dataset.revealed));
	show(false);
	return panel;
}

async function challenge(
	id: string,
	start: string,
	lang: string | undefined,
	sameOutput: boolean
): Promise<HTMLElement> {
	const [solution, starting] = await Promise.all([program(id, lang), program(start, lang)]);
	const panel = el('div');
	const verdict = el('div', { className: 'challenge-verdict' });
	verdict.setAttribute('role', 'status');
	verdict.setAttribute('aria-live', 'polite');
	const wanted = sameOutput ? outputText(solution.output) : null;
	const edit = editor(solution, {
		start: starting.source,
		finished(run) {
			const result = judge(run, solution.claims, wanted);
			const heading = el('p', {
				className: result.holds ? 'challenge-pass' : 'challenge-fail',
				textContent: result.holds ? '✓ Challenge met: every check holds.' : '✗ Not yet: a check does not hold.',
			});
			const list = el('ul');
			for (const line of result.lines) {
				const item = el('li', {
					className: line.holds ? 'challenge-pass' : 'challenge-fail',
					textContent: `${line.holds ? '✓' : '✗'} ${line.says}: measured ${line.measured}${line.holds ? '' : `, wanted ${line.wanted}`}`,
				});
				list.append(item);
			}
			verdict.replaceChildren(heading, list);
			verdict.dataset.holds = String(result.holds);
		},
	});
	const reveal = el('button', { type: 'button', textContent: 'Show the solution' });
	reveal.setAttribute('aria-expanded', 'false');
	const code = el('pre', { className: 'runner-output challenge-solution', hidden: true, textContent: solution.source });
	code.setAttribute('aria-label', `Solution: ${solution.fileName}`);
	code.tabIndex = 0;
	reveal.onclick = () => {
		code.hidden = !code.hidden;
		reveal.setAttribute('aria-expanded', String(!code.hidden));
	};
	const actions = el('div', { className: 'runner-actions' });
	actions.append(reveal);
	panel.append(edit, verdict, actions, code);
	return panel;
}
