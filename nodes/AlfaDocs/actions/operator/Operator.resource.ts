import { listResource } from '../lists';

export const operator = listResource({
	value: 'operator',
	plural: 'operators',
	endpoint: 'operator.getAll',
	queryFilters: [
		{
			displayName: 'Ignore Deleted',
			name: 'ignoreDeleted',
			type: 'boolean',
			default: true,
			description: 'Whether to leave out deleted operators (AlfaDocs includes them otherwise)',
		},
		{
			displayName: 'Italian Fiscal Code',
			name: 'italianFiscalCode',
			type: 'string',
			default: '',
			placeholder: 'e.g. RSSMRA85T10A562S',
			description: 'Only the operator with this codice fiscale',
		},
	],
});
