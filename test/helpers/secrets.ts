/**
 * Counting a credential's secrets in whatever a test can read (errors, output items, n8n's database and
 * log): each secret in every shape a server may echo it in, written here independently of the code
 * under test. Secrets shorter than 8 characters (a 4-digit PIN) are counted only where they stand
 * alone, not inside a longer number.
 */
export function shapesOf(secret: string, identities: string[] = []): string[] {
	const encoded = encodeURIComponent(secret);
	const shapes = [
		secret,
		encoded,
		encoded.replace(/%20/g, '+'),
		new URLSearchParams({ s: secret }).toString().slice(2),
		JSON.stringify(secret).slice(1, -1),
		// Inside a JSON string that is itself inside JSON (an echoed body in a stored error).
		JSON.stringify(JSON.stringify(secret)).slice(3, -3),
		Buffer.from(secret).toString('base64'),
		...identities.map((identity) => Buffer.from(`${identity}:${secret}`).toString('base64')),
	];
	return [...new Set(shapes)];
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** How often any shape of any of the secrets occurs in the texts, and where. */
export function occurrences(
	texts: Record<string, string>,
	secrets: string[],
	identities: string[] = [],
): { count: number; where: string[] } {
	const where: string[] = [];
	let count = 0;
	for (const secret of secrets) {
		if (secret.length < 4) throw new Error(`"${secret}" is too short to be counted as a secret`);
		for (const shape of shapesOf(secret, identities)) {
			const pattern =
				secret.length < 8
					? new RegExp(`(?<![A-Za-z0-9])${escape(shape)}(?![A-Za-z0-9])`, 'g')
					: new RegExp(escape(shape), 'g');
			for (const [place, text] of Object.entries(texts)) {
				const found = text.match(pattern)?.length ?? 0;
				if (found > 0) where.push(`${place}: ${shape} ×${found}`);
				count += found;
			}
		}
	}
	return { count, where };
}

/** Everything an error shows or carries, as text. */
export function errorTexts(error: Error & Record<string, unknown>): Record<string, string> {
	return {
		message: error.message,
		description: String(error.description ?? ''),
		messages: JSON.stringify(error.messages ?? []),
		errorResponse: JSON.stringify(error.errorResponse ?? null),
		context: JSON.stringify(error.context ?? null),
		serialised: JSON.stringify(error),
	};
}
