import type { AhdsResource } from './types';

/** A separation or location record with its primary inventory location. No fields in the excerpt. */
export const withPrimaryInventoryLocation: AhdsResource = {
	slug: 'with-primary-inventory-location',
	value: 'primaryInventoryLocation',
	displayName: 'Primary Inventory Location',
	plural: 'primary inventory locations',
	idField: 'withPrimaryInventoryLocationId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST (path from the tag slug); no fields in the excerpt',
	fields: [],
};
