import { operationPicker, resourceOf } from '../../../shared/operation';
import * as billingAnalytics from './billingAnalytics.operation';
import * as create from './create.operation';
import * as deleteSite from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as resetFhirStore from './resetFhirStore.operation';
import * as update from './update.operation';

export const site = resourceOf(
	operationPicker(
		'site',
		[
			{ name: 'Create', value: 'create', action: 'Create a site' },
			{ name: 'Delete', value: 'delete', action: 'Delete a site' },
			{ name: 'Get', value: 'get', action: 'Get a site', description: 'Get a site by ID' },
			{
				name: 'Get Billing Analytics (Admin)',
				value: 'getBillingAnalytics',
				action: 'Get billing analytics of all client accounts',
				description: 'Active sites per client account, for admins',
			},
			{
				name: 'Get Billing Analytics (Client Account)',
				value: 'getClientAccountBillingAnalytics',
				action: 'Get billing analytics of my client accounts',
				description: "Active sites per client account, limited to the user's client accounts",
			},
			{ name: 'Get Many', value: 'getAll', action: 'Get many sites' },
			{
				name: 'Reset FHIR Store',
				value: 'resetFhirStore',
				action: 'Reset the FHIR store of a site',
				description: "Queue a reset of the site's FHIR store",
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a site',
				description: 'Update a site: only the fields you add change',
			},
		],
		'getAll',
	),
	{
		getAll,
		create,
		get,
		update,
		delete: deleteSite,
		resetFhirStore,
		getBillingAnalytics: billingAnalytics,
		getClientAccountBillingAnalytics: billingAnalytics,
	},
);
