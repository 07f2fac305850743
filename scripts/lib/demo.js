/**
 * The demo credentials and workflows of `demo/`, with their placeholders filled for a running sandbox:
 * {{SANDBOX_URL}}, {{TOKEN <vendor> <email>}} (a 30-day sandbox token) and the `extra` values given (npm
 * start's {{N8N_URL}}, where n8n and its webhooks answer). `npm start` imports them; the
 * queue-mode tests run the workflows through n8n's workers.
 */
const fs = require('node:fs');
const path = require('node:path');

const n8n = require('./n8n');

const DEMO = path.join(n8n.ROOT, 'demo');

async function mintToken(sandboxUrl, vendor, email) {
	const response = await fetch(`${sandboxUrl}/__sandbox/tokens`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ vendor, email, expiresInSeconds: 30 * 24 * 3600 }),
	});
	if (!response.ok) throw new Error(`could not mint a sandbox token: ${response.status}`);
	return (await response.json()).token;
}

/** Values for the demo files' placeholders. */
async function placeholderValues(sandboxUrl, extra) {
	const values = { ...extra, SANDBOX_URL: sandboxUrl };
	const text = fs.readFileSync(path.join(DEMO, 'credentials.json'), 'utf8');
	for (const [placeholder, vendor, email] of text.matchAll(/\{\{TOKEN ([a-z]+) ([^ }]+)\}\}/g)) {
		values[placeholder.slice(2, -2)] = await mintToken(sandboxUrl, vendor, email);
	}
	return values;
}

/** The demo credentials and workflows as objects, placeholders filled. */
async function demoFiles(sandboxUrl, extra = {}) {
	const values = await placeholderValues(sandboxUrl, extra);
	const fill = (text) => text.replace(/\{\{([^}]+)\}\}/g, (match, name) => values[name] ?? match);
	const read = (file) => JSON.parse(fill(fs.readFileSync(file, 'utf8')));
	return {
		credentials: read(path.join(DEMO, 'credentials.json')),
		workflows: fs
			.readdirSync(path.join(DEMO, 'workflows'))
			.filter((name) => name.endsWith('.json'))
			.sort()
			.map((name) => read(path.join(DEMO, 'workflows', name))),
	};
}

/** Imports credentials and workflows with n8n's CLI, through files in `work` (removed afterwards). */
function importFiles(env, { credentials, workflows }, work) {
	fs.rmSync(work, { recursive: true, force: true });
	fs.mkdirSync(path.join(work, 'workflows'), { recursive: true });
	fs.writeFileSync(path.join(work, 'credentials.json'), JSON.stringify(credentials, null, 2));
	for (const workflow of workflows) {
		fs.writeFileSync(
			path.join(work, 'workflows', `${workflow.id}.json`),
			JSON.stringify(workflow, null, 2),
		);
	}
	n8n.cliOrThrow(['import:credentials', `--input=${path.join(work, 'credentials.json')}`], env);
	n8n.cliOrThrow(['import:workflow', '--separate', `--input=${path.join(work, 'workflows')}`], env);
	fs.rmSync(work, { recursive: true, force: true });
}

module.exports = { DEMO, demoFiles, importFiles };
