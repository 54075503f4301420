// All the runner, the practice panels and the loop stepper cost a page before a click: one listener. They load on the
// first click.
document.addEventListener('click', (event) => {
	const target = event.target instanceof Element ? event.target : null;
	const run = target?.closest('button[data-run-program]');
	if (run) void import('./open-runner.ts').then((runner) => runner.openRunner(run as HTMLButtonElement));
	const practice = target?.closest('button[data-predict], button[data-challenge]');
	if (practice) void import('../practice/practice.ts').then((p) => p.openPractice(practice as HTMLButtonElement));
	const loop = target?.closest('button[data-loop-step]');
	if (loop) void import('../loop/stepper.ts').then((s) => s.openStepper(loop as HTMLButtonElement));
});
// Without JavaScript these buttons could do nothing: they are shown only now.
for (const button of document.querySelectorAll<HTMLElement>('[data-predict], [data-challenge], [data-loop-step]'))
	button.hidden = false;
