/**
 * "Step through the loop", loaded on a reader's first click (browser/runner/attach.ts): the event loop of the build's
 * run (ProgramData.loop, fetched from `/_run/<id>.json`), one handle at a time. Each step shows the ready queue and the
 * timers pending as its iteration began and the handle running, highlights the program's line it ran at in the code
 * above and the lines it printed in the output; picking a printed output line goes to the step that printed it.
 * Previous/Next buttons, or ←/→, Home and End anywhere in the stepper.
 */
import type { LoopRecord } from '../../shared/loop.ts';
import {
	describeStep,
	loopSteps,
	recordsReadyQueue,
	stepOfOutputLine,
	type LoopStep,
} from '../../shared/loop-steps.ts';
import { loadExample } from '../runner/run-data.ts';
import { LOOP_CSS } from './loop-css.ts';
import { el, highlightStep, renderStep } from './step-view.ts';

/** What a section's stepper can be told from outside (a prediction's reveal opens it at an iteration). */
interface Stepper {
	panel: HTMLElement;
	goToIteration(n: number): void;
}
const steppers = new WeakMap<HTMLElement, Promise<Stepper>>();

/**
 * The program's source and output blocks (Expressive Code's `.expressive-code`), found from the loop section up
 * through its siblings: ExampleProgram.astro renders the source, notices and buttons, the output in its
 * `.example-output` wrapper, the timeline, then this section, all siblings in one tab panel or example.
 */
function programBlocks(section: HTMLElement): { source: Element | null; output: Element | null } {
	let output: Element | null = null;
	for (let at = section.previousElementSibling; at; at = at.previousElementSibling) {
		if (at.matches('.event-loop')) break;
		const code = at.matches('.expressive-code') ? at : at.querySelector(':scope > .expressive-code');
		if (!output && at.matches('.example-output')) output = code;
		else if (output && code) return { source: code, output };
	}
	return { source: null, output };
}

/** Line `n` (1-based) of an Expressive Code block: it renders each line of the code as one `.ec-line`, in order. */
const codeLines = (block: Element | null) => [...(block?.querySelectorAll<HTMLElement>('pre > code > .ec-line') ?? [])];

export async function openStepper(button: HTMLButtonElement): Promise<void> {
	const section = button.closest<HTMLElement>('.event-loop')!;
	const open = steppers.get(section);
	if (open) {
		const { panel } = await open;
		panel.hidden = !panel.hidden;
		button.setAttribute('aria-expanded', String(!panel.hidden));
		if (!panel.hidden) panel.focus();
		return;
	}
	button.disabled = true;
	try {
		const stepper = await stepperFor(section);
		section.querySelector('.loop-error')?.remove();
		stepper.panel.focus();
	} catch (error) {
		const note = section.querySelector('.loop-error') ?? section.appendChild(el('p', { className: 'loop-error' }));
		note.setAttribute('role', 'alert');
		note.textContent = `Could not load the loop (${error instanceof Error ? error.message : String(error)}). Click again to retry.`;
	} finally {
		button.disabled = false;
	}
}

/** Opens the stepper of a loop section (`.event-loop`) at iteration `n` of its loop: a prediction's reveal. */
export async function openStepperAt(section: HTMLElement, n: number): Promise<void> {
	const stepper = await stepperFor(section);
	stepper.panel.hidden = false;
	section.querySelector('button[data-loop-step]')?.setAttribute('aria-expanded', 'true');
	stepper.goToIteration(n);
}

function stepperFor(section: HTMLElement): Promise<Stepper> {
	let stepper = steppers.get(section);
	if (!stepper) {
		stepper = build(section);
		steppers.set(section, stepper);
		// A failed load is not kept: the next click tries again.
		stepper.catch(() => steppers.delete(section));
	}
	return stepper;
}

async function build(section: HTMLElement): Promise<Stepper> {
	if (!document.getElementById('loop-css'))
		document.head.append(el('style', { id: 'loop-css', textContent: LOOP_CSS }));
	const id = section.closest<HTMLElement>('[data-example]')!.dataset.example!;
	const lang = section.dataset.loop;
	const data = await loadExample(id);
	const view = data.programs.find((p) => p.lang === lang)?.loop;
	if (!view || !('loops' in view)) throw new Error(`/_run/${id}.json has no recorded loop for its ${lang} program`);
	const loops = view.loops;
	const steps = loopSteps(loops);
	if (steps.length === 0) throw new Error(`the recorded loop of ${id} ran no iteration`);
	const { source, output } = programBlocks(section);
	const sourceLines = codeLines(source);
	const outputLines = codeLines(output);

	const button = section.querySelector<HTMLButtonElement>('button[data-loop-step]')!;
	const panel = el('div', { className: 'loop-stepper', tabIndex: -1, id: `loop-${id}-${lang}` });
	panel.setAttribute('role', 'group');
	panel.setAttribute('aria-label', 'Step through the event loop');
	button.setAttribute('aria-controls', panel.id);
	button.setAttribute('aria-expanded', 'true');
	const previous = el('button', { type: 'button', textContent: '← Previous' });
	const next = el('button', { type: 'button', textContent: 'Next →' });
	const position = el('span');
	const controls = el('div', { className: 'loop-controls' });
	controls.append(previous, next, position);
	const description = el('p', { className: 'loop-description' });
	description.setAttribute('aria-live', 'polite');
	const [ready, timers, ran] = ['Ready queue as it began', 'Timers pending', 'Ran in this iteration'].map((title) => {
		const box = el('div');
		const list = el('ol');
		box.append(el('h4', { textContent: title }), list);
		return { box, list };
	});
	const state = el('div', { className: 'loop-state' });
	// Node reports no ready queue: no box that would always say "(empty)".
	ready!.box.hidden = !recordsReadyQueue(loops);
	state.append(ready!.box, timers!.box, ran!.box);
	const hint = el('p', {
		className: 'loop-hint',
		textContent:
			'Keys: ← and → step, Home and End go to the first and last step. Pick a printed output line to see where it came from.',
	});
	panel.append(controls, description, state, hint);
	section.insertBefore(panel, button.nextSibling);

	let current = 0;
	const go = (index: number) => {
		current = Math.max(0, Math.min(steps.length - 1, index));
		renderStep(loops, steps[current]!, { ready: ready!.list, timers: timers!.list, ran: ran!.list });
		position.textContent = `Step ${current + 1} of ${steps.length}`;
		description.textContent = describeStep(loops, steps[current]!);
		previous.disabled = current === 0;
		next.disabled = current === steps.length - 1;
		highlightStep(loops, steps[current]!, sourceLines, outputLines);
	};
	// A disabled button loses focus: keep it in the stepper so the keys go on working.
	previous.onclick = () => {
		go(current - 1);
		if (previous.disabled) next.focus();
	};
	next.onclick = () => {
		go(current + 1);
		if (next.disabled) previous.focus();
	};
	const keys: Record<string, () => number> = {
		ArrowLeft: () => current - 1,
		ArrowRight: () => current + 1,
		Home: () => 0,
		End: () => steps.length - 1,
	};
	panel.addEventListener('keydown', (event) => {
		const to = keys[event.key];
		if (!to || event.altKey || event.ctrlKey || event.metaKey) return;
		event.preventDefault();
		go(to());
	});
	pickableOutput(loops, steps, outputLines, go);
	go(0);
	return {
		panel,
		goToIteration(n) {
			const at = steps.findIndex((s) => loops[s.loop]!.iterations[s.iteration]!.n === n);
			go(at >= 0 ? at : 0);
		},
	};
}

/** Each output line a recorded handle printed becomes a button that takes the stepper to that handle. */
function pickableOutput(loops: LoopRecord[], steps: LoopStep[], lines: HTMLElement[], go: (index: number) => void) {
	lines.forEach((line, n) => {
		const at = stepOfOutputLine(loops, steps, n);
		if (at < 0) return;
		line.classList.add('loop-pickable');
		line.tabIndex = 0;
		line.setAttribute('role', 'button');
		line.title = 'Show the step of the loop that printed this line';
		line.onclick = () => go(at);
		line.onkeydown = (event) => {
			if (event.key !== 'Enter' && event.key !== ' ') return;
			event.preventDefault();
			go(at);
		};
	});
}
