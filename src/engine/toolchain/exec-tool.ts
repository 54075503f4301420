import { execFile } from 'node:child_process';

export interface ExecResult {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs a trusted tool (a checker, an interpreter's `--version`) and returns what it printed, whatever its exit code. */
export function execTool(file: string, args: string[], cwd: string): Promise<ExecResult> {
	return new Promise((resolve, reject) => {
		execFile(file, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
			if (error && typeof error.code !== 'number') {
				reject(new Error(`could not run ${file}: ${error.message}`, { cause: error }));
			} else resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
		});
	});
}
