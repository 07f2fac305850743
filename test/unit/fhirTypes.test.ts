import { R4_RESOURCE_TYPES } from '../../nodes/HeyDonto/fhir/types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { R4_TYPES } = require('../../sandbox/vendors/heydontoFhir/types') as { R4_TYPES: string[] };

describe('FHIR R4 resource types', () => {
	it('the node offers the same 146 types the sandbox serves', () => {
		expect([...R4_RESOURCE_TYPES]).toEqual(R4_TYPES);
		expect(R4_RESOURCE_TYPES).toHaveLength(146);
	});
});
