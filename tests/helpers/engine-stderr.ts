/**
 * What a reader's copy of a Spark or Beam program may print on stderr beyond what its page shows: the logging the
 * build's harness quiets (src/engine/run/harness/spark/), as the pages' notes describe it. Everything else a copy
 * prints on stderr must be on the page.
 */

/** A log4j record as Spark's default profile prints it: `26/12/05 10:11:02 WARN TaskSetManager: …`. */
const LOG_RECORD = /^\d\d\/\d\d\/\d\d \d\d:\d\d:\d\d (TRACE|DEBUG|INFO|WARN|ERROR|FATAL) \S+: /;

/** What PySpark's launcher prints before any record, since it starts Spark as a shell would. */
const SHELL_NOTICES = [
	/^Using Spark's default log4j profile: /,
	/^Setting default log level to "\w+"\.$/,
	/^To adjust logging level use sc\.setLogLevel\(newLevel\)\./,
];

/**
 * Spark's console progress bar, `[Stage 0:=====>   (1 + 2) / 4]`, redrawn in place with carriage returns, and the
 * blank it leaves when a stage ends.
 */
const PROGRESS = /\r?\[Stage [^\r\n\]]*\(\d+ \+ \d+\) \/ \d+\]|\r {20,}\r?/g;

/**
 * The lines of a copy's stderr that neither the page shows nor the pages' notes explain. The page's lines must come
 * in the copy in their order (each is matched once); every other line must be a Spark log record, a line of the
 * record above it (a stack trace, a Python traceback), a shell notice or the progress bar.
 */
export function unexplainedStderr(copy: string, shown: string): string[] {
	const lines = copy.replace(PROGRESS, '').split('\n');
	const expected = shown.split('\n').filter((line) => line !== '');
	const unexplained: string[] = [];
	let next = 0;
	let inRecord = false;
	for (const line of lines) {
		if (next < expected.length && line === expected[next]) {
			next++;
			inRecord = false;
		} else if (LOG_RECORD.test(line)) inRecord = true;
		else if (SHELL_NOTICES.some((notice) => notice.test(line))) inRecord = false;
		else if (line !== '' && !inRecord) unexplained.push(line);
	}
	return [...unexplained, ...expected.slice(next).map((line) => `(the page's line, missing) ${line}`)];
}
