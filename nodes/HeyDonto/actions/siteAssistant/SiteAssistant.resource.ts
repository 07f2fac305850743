import { idField } from '../../../shared/locators';
import { crudResource } from '../crud';

export const siteAssistant = crudResource({
	value: 'siteAssistant',
	displayName: 'Site Assistant',
	plural: 'site assistants',
	inSite: true,
	idProperty: idField('assistantId', 'Assistant ID'),
	endpoints: {
		getAll: 'siteAssistant.getAll',
		create: 'siteAssistant.create',
		get: 'siteAssistant.get',
		update: 'siteAssistant.update',
		delete: 'siteAssistant.delete',
	},
	primary: [
		{
			displayName: 'Assistant Name',
			name: 'assistantName',
			type: 'string',
			default: '',
			placeholder: 'e.g. Front Desk Assistant',
			description: 'The name of the AI assistant of the site',
		},
	],
	optional: [
		{
			displayName: 'Assistant Instructions',
			name: 'assistantInstructions',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			placeholder: 'e.g. Answer questions about opening hours and book cleanings.',
			description: 'Instructions the assistant follows',
		},
	],
	fixedBody: (siteId) => ({ siteId }),
});
