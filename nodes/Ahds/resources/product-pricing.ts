import { amountField, currencyField, refField } from './common';
import type { AhdsResource } from './types';

export const productPricing: AhdsResource = {
	slug: 'product-pricing',
	value: 'productPricing',
	displayName: 'Product Pricing',
	plural: 'product pricings',
	idField: 'productPricingId',
	idFieldInferred: true,
	source: 'DOCS',
	evidence: 'POST (path from the tag slug)',
	fields: [
		refField('productId', 'product priced'),
		{
			name: 'basedOn',
			type: 'options',
			values: ['price', 'markup'],
			description: 'Whether the sell price is a fixed price or a markup on cost',
		},
		amountField('costPrice', 'Cost price'),
		currencyField,
		refField('ownershipId', 'owning organization or business unit'),
	],
};
