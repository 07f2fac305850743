import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemHandler, OperationResult } from '../../shared/execute';
import { appointmentType } from './appointmentType/AppointmentType.resource';
import { availability } from './availability/Availability.resource';
import { brand } from './brand/Brand.resource';
import { code } from './code/Code.resource';
import { dentalService } from './dentalService/DentalService.resource';
import { organization } from './organization/Organization.resource';
import { periomeasure } from './periomeasure/Periomeasure.resource';
import { practiceManagementSystem } from './practiceManagementSystem/PracticeManagementSystem.resource';
import { site } from './site/Site.resource';
import { siteAssistant } from './siteAssistant/SiteAssistant.resource';
import { user } from './user/User.resource';

interface Resource {
	description: INodeProperties[];
	operations: Record<string, ItemHandler>;
}

/** Every resource of the node, by its `resource` parameter value. */
export const RESOURCES: Record<string, Resource> = {
	appointmentType,
	availability,
	brand,
	code,
	dentalService,
	organization,
	periomeasure,
	practiceManagementSystem,
	site,
	siteAssistant,
	user,
};

/** Runs the chosen operation once per input item. */
export async function route(this: IExecuteFunctions, itemIndex: number): Promise<OperationResult> {
	const resource = this.getNodeParameter('resource', itemIndex) as string;
	const operation = this.getNodeParameter('operation', itemIndex) as string;
	const handler = RESOURCES[resource]?.operations[operation];
	if (!handler) {
		throw new NodeOperationError(
			this.getNode(),
			`The operation "${operation}" is not supported for the resource "${resource}"`,
			{ itemIndex },
		);
	}
	return await handler.call(this, itemIndex);
}
