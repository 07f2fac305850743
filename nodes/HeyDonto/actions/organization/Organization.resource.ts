import { idLocator } from '../../../shared/locators';
import { enabledField, idListField, standardSortFields, titleField } from '../common';
import { crudResource } from '../crud';

export const organization = crudResource({
	value: 'organization',
	displayName: 'Organization',
	plural: 'organizations',
	idProperty: idLocator('organizationId', 'Organization', 'searchOrganizations'),
	endpoints: {
		getAll: 'organization.getAll',
		create: 'organization.create',
		get: 'organization.get',
		update: 'organization.update',
		delete: 'organization.delete',
	},
	primary: [{ ...titleField('organization', 'HealthCorp'), required: true }],
	optional: [
		{
			displayName: 'Client Account ID',
			name: 'clientAccountId',
			type: 'string',
			default: '',
			placeholder: 'e.g. 10',
			description: 'The client account the organization belongs to',
		},
		enabledField,
		{
			displayName: 'Website',
			name: 'website',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://www.healthcorp.com',
			description: 'The website of the organization',
		},
	],
	kinds: { clientAccountId: 'id' },
	filterKinds: { clientAccountId: 'idList' },
	filters: [
		idListField(
			'clientAccountId',
			'Client Account IDs',
			'Only organizations of these client accounts',
		),
		{
			...enabledField,
			description: 'Whether to return only enabled (or only disabled) organizations',
		},
		{
			...titleField('organization', 'Health'),
			description: 'Only organizations whose title contains this text',
		},
	],
	sortFields: standardSortFields,
});
