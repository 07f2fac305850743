import type { AhdsResource } from './types';

/** Catalogue items (with dosing fields whose names the docs excerpt does not show). */
export const product: AhdsResource = {
	slug: 'product',
	value: 'product',
	displayName: 'Product',
	plural: 'products',
	idField: 'productId',
	source: 'DOCS',
	evidence: 'POST, GET list; no fields in the excerpt',
	fields: [],
};
