import cluster from 'node:cluster';

if (cluster.isPrimary) {
	// The primary forks worker PROCESSES (not threads) from this file.
	const replies: string[] = [];
	for (let i = 0; i < 2; i++) {
		const worker = cluster.fork();
		worker.on('message', (text: string) => replies.push(text));
	}
	await new Promise<void>((done) => {
		let left = 2;
		cluster.on('exit', () => --left || done());
	});
	for (const reply of replies.sort()) console.log(reply);
	console.log('primary: every worker has exited');
} else {
	// In a worker, cluster.worker says which one we are (ids start at 1).
	const id = cluster.worker?.id ?? 0;
	const own = cluster.isPrimary ? 'primary' : 'a worker process';
	process.send?.(`worker ${id}: I am ${own}, with my own memory`);
	// A real cluster worker would call server.listen() here; see the note.
	cluster.worker?.disconnect();
}
