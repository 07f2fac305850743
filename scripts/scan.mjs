#!/usr/bin/env node
/**
 * `npm run scan`: n8n's verification scanner (@n8n/scan-community-package), run offline the way its CLI
 * runs it, on both things it checks: the source (package.json, nodes/ and credentials/) and the packed
 * tarball's JavaScript. Its CLI only scans published packages (npm provenance, GitHub download), so the
 * scanner's own analyzePackage() is called here. Inline eslint-disable comments do not count there.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	SOURCE_FILE_PATTERNS,
	analyzePackage,
} from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-nodes-heydonto-scan-'));
let failed = false;
try {
	const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
	execFileSync('tar', ['xzf', path.join(work, tarball), '-C', work]);
	for (const [label, dir, patterns] of [
		['source', root, SOURCE_FILE_PATTERNS],
		['packed tarball', path.join(work, 'package'), ['**/*.js', 'package.json']],
	]) {
		const result = await analyzePackage(dir, patterns);
		console.log(`n8n verification scan of the ${label}: ${result.passed ? 'passed' : 'FAILED'}`);
		if (!result.passed) {
			failed = true;
			console.log(result.details ?? result.message);
		}
	}
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
