/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test-only: reads README.md */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { render } from '../../scripts/readme';
import * as aeronaEndpoints from '../../nodes/Aerona/endpoints';
import * as aeronaNode from '../../nodes/Aerona/Aerona.node';
import * as ahdsEndpoints from '../../nodes/Ahds/endpoints';
import * as ahdsResources from '../../nodes/Ahds/resources';
import * as alfaDocsNode from '../../nodes/AlfaDocs/AlfaDocs.node';
import * as alfaDocsEndpoints from '../../nodes/AlfaDocs/endpoints';
import * as heyDontoEndpoints from '../../nodes/HeyDonto/endpoints';
import * as heyDontoNode from '../../nodes/HeyDonto/HeyDonto.node';

const SOURCES: Record<string, unknown> = {
	'nodes/HeyDonto/endpoints': heyDontoEndpoints,
	'nodes/HeyDonto/HeyDonto.node': heyDontoNode,
	'nodes/Aerona/endpoints': aeronaEndpoints,
	'nodes/Aerona/Aerona.node': aeronaNode,
	'nodes/Ahds/endpoints': ahdsEndpoints,
	'nodes/Ahds/resources': ahdsResources,
	'nodes/AlfaDocs/endpoints': alfaDocsEndpoints,
	'nodes/AlfaDocs/AlfaDocs.node': alfaDocsNode,
};

describe('README.md', () => {
	it('lists exactly the paths of the endpoint tables (run `npm run docs` after changing a table)', () => {
		const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
		expect(render(readme, (module) => SOURCES[module])).toBe(readme);
	});

	it('shows every screenshot `npm run screenshots` takes, each of them taken', () => {
		const root = path.join(__dirname, '..', '..');
		const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
		const script = fs.readFileSync(path.join(root, 'scripts', 'screenshots.js'), 'utf8');
		const taken = [...script.matchAll(/file: '([\w-]+\.png)'/g)].map(([, file]) => file).sort();
		const shown = [...readme.matchAll(/\]\(docs\/screenshots\/([\w-]+\.png)\)/g)]
			.map(([, file]) => file)
			.sort();
		expect(shown).toEqual(taken);
		expect(taken).toHaveLength(12);
		for (const file of taken)
			expect([file, fs.existsSync(path.join(root, 'docs', 'screenshots', file))]).toEqual([
				file,
				true,
			]);
	});

	it('shows both commands and the Known gaps', () => {
		const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
		expect(readme).toContain('npm start');
		expect(readme).toContain('npm test');
		expect(readme).toContain('## Known gaps');
	});
});
