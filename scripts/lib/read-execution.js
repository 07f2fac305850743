/**
 * Prints the latest stored execution of a workflow as JSON ({ id, status, mode, startedAt, data }), or nothing.
 * Run on n8n's own Node.js (its sqlite3 is built for that runtime):
 *   node read-execution.js <n8n host dir> <database.sqlite> <workflowId>
 */
const path = require('node:path');

const [hostDir, file, workflowId] = process.argv.slice(2);
const sqlite3 = require(path.join(hostDir, 'node_modules', 'sqlite3'));
const { parse } = require(path.join(hostDir, 'node_modules', 'flatted'));

const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (openError) => {
	if (openError) throw openError;
	db.get(
		`select e.id, e.status, e.mode, e.startedAt, d.data from execution_entity e
		 join execution_data d on d.executionId = e.id
		 where e.workflowId = ? order by e.id desc limit 1`,
		[workflowId],
		(error, row) => {
			db.close();
			if (error) throw error;
			if (row) {
				const json = JSON.stringify({
					id: row.id,
					status: row.status,
					mode: row.mode,
					startedAt: row.startedAt,
					data: parse(row.data),
				});
				process.stdout.write(json);
			}
		},
	);
});
