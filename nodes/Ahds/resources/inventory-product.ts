import { nameField } from './common';
import type { AhdsResource } from './types';

export const inventoryProduct: AhdsResource = {
	slug: 'inventory-product',
	value: 'inventoryProduct',
	displayName: 'Inventory Product',
	plural: 'inventory products',
	idField: 'inventoryProductId',
	source: 'DOCS',
	evidence: 'POST, GET list, GET one',
	fields: [
		nameField('inventory product', 'Rabies vaccine 1 ml'),
		{
			name: 'isBatchTracked',
			type: 'boolean',
			description: 'Whether stock is tracked by batch',
		},
		{ name: 'unitQuantity', type: 'number', description: 'Quantity in one unit' },
	],
};
