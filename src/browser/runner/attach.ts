// All the runner costs a page before a click: one listener. The runner itself loads on the first click.
document.addEventListener('click', (event) => {
	const button = event.target instanceof Element && event.target.closest('button[data-run-program]');
	if (button) void import('./open-runner.ts').then((runner) => runner.openRunner(button as HTMLButtonElement));
});
