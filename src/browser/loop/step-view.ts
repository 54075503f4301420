/** What one step of the loop stepper (stepper.ts) shows: the lists of its iteration, and the lines it lights up. */
import type { LoopRecord } from '../../shared/loop.ts';
import { causeText, ms, stepHandle, type LoopStep } from '../../shared/loop-steps.ts';

export const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}) =>
	Object.assign(document.createElement(tag), props) as HTMLElementTagNameMap[K];

/** The ready queue, the timers and what the iteration ran, the running handle marked. */
export function renderStep(
	loops: LoopRecord[],
	step: LoopStep,
	lists: Record<'ready' | 'timers' | 'ran', HTMLElement>
): void {
	const it = loops[step.loop]!.iterations[step.iteration]!;
	const running = stepHandle(loops, step);
	const item = (text: string, isCurrent: boolean) => {
		const li = el('li', { textContent: text });
		if (isCurrent) li.setAttribute('aria-current', 'step');
		return li;
	};
	// The ready queue names handles as `ran` does: the running one is the k-th entry with its label, k the times that
	// label already ran in this iteration (two callbacks may share a name).
	const k = running ? it.ran.slice(0, step.handle).filter((h) => h.label === running.label).length : -1;
	const readyAt = running
		? it.ready.findIndex(
				(label, i) => label === running.label && it.ready.slice(0, i).filter((l) => l === label).length === k
			)
		: -1;
	lists.ready.replaceChildren(
		...(it.ready.length
			? it.ready.map((label, i) => item(label, i === readyAt))
			: [el('li', { className: 'loop-none', textContent: '(empty)' })])
	);
	lists.timers.replaceChildren(
		...(it.timers.length
			? it.timers.map((t) => item(`${t.label}, due at ${ms(t.due)}`, false))
			: [el('li', { className: 'loop-none', textContent: '(none)' })])
	);
	lists.ran.replaceChildren(
		...(it.ran.length
			? it.ran.map((h, i) => item(`${h.label}: ${causeText(h.cause)}`, i === step.handle))
			: [el('li', { className: 'loop-none', textContent: '(nothing)' })])
	);
}

/** The code line the running handle ran at, and the output lines it printed. */
export function highlightStep(loops: LoopRecord[], step: LoopStep, source: HTMLElement[], output: HTMLElement[]): void {
	for (const line of [...source, ...output]) line.classList.remove('loop-line');
	const handle = stepHandle(loops, step);
	if (!handle) return;
	if (handle.line) source[handle.line - 1]?.classList.add('loop-line');
	if (handle.out) for (let i = handle.out[0]; i < handle.out[1]; i++) output[i]?.classList.add('loop-line');
}
