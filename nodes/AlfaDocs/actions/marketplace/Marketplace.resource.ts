import { operationPicker, resourceOf } from '../../../shared/operation';
import * as setIntegrationStatus from './setIntegrationStatus.operation';
import * as updateAppUiElements from './updateAppUiElements.operation';
import * as updatePracticeUiElements from './updatePracticeUiElements.operation';

export const marketplace = resourceOf(
	operationPicker('marketplace', [
		{
			name: 'Set Integration Status',
			value: 'setIntegrationStatus',
			action: 'Set the integration status of a marketplace app',
			description:
				'Tell AlfaDocs whether the integration of your app succeeded after the practice authorized it',
		},
		{
			name: 'Update UI Elements (App)',
			value: 'updateAppUiElements',
			action: 'Update the UI elements of a marketplace app',
		},
		{
			name: 'Update UI Elements (Practice)',
			value: 'updatePracticeUiElements',
			action: 'Update the UI elements of a marketplace app for a practice',
		},
	]),
	{ setIntegrationStatus, updatePracticeUiElements, updateAppUiElements },
);
