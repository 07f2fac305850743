/** Tests of concurrency decide the order in which things finish, without timers. */

/** A promise settled from outside. */
export function deferred<T = void>() {
	let resolve!: (value: T) => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<T>((res, rej) => {
		resolve = res;
		reject = rej;
	});
	return { promise, resolve, reject };
}

/** Lets every pending promise callback run (a few dozen microtask turns). */
export async function settle(turns = 30): Promise<void> {
	for (let i = 0; i < turns; i++) await Promise.resolve();
}
