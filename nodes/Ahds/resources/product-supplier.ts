import { amountField, refField } from './common';
import type { AhdsResource } from './types';

export const productSupplier: AhdsResource = {
	slug: 'product-supplier',
	value: 'productSupplier',
	displayName: 'Product Supplier',
	plural: 'product suppliers',
	idField: 'productSupplierId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST (path from the tag slug)',
	fields: [
		refField('productId', 'product supplied'),
		amountField('contractPrice', 'Contracted price'),
		amountField('expectedPrice', 'Expected price'),
		{
			name: 'isDefaultSupplier',
			type: 'boolean',
			description: 'Whether this is the default supplier of the product',
		},
	],
};
