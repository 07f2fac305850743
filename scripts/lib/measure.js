/**
 * Runs a Node program (argv[2]) with the remaining arguments and, when it exits, writes its peak resident
 * memory to stderr as `__MAXRSS_KB__=<n>`. The benchmark runs `n8n execute` through it.
 */
const fs = require('node:fs');
const path = require('node:path');

process.on('exit', () => {
	try {
		fs.writeSync(2, `\n__MAXRSS_KB__=${process.resourceUsage().maxRSS}\n`);
	} catch {
		// stderr closed
	}
});
const program = fs.realpathSync(process.argv[2]);
process.argv.splice(1, 2, program);
require(path.resolve(program));
