import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { OperationResult } from '../../shared/execute';
import type { Session } from '../transport';
import { appointment } from './appointment/Appointment.resource';
import { bill } from './bill/Bill.resource';
import { billLiability } from './billLiability/BillLiability.resource';
import { carePlan, carePlanEntry } from './carePlan/CarePlan.resource';
import type { Resource } from './common';
import { customField } from './customField/CustomField.resource';
import { document } from './document/Document.resource';
import { freeSlot } from './freeSlot/FreeSlot.resource';
import { marketplace } from './marketplace/Marketplace.resource';
import { patient } from './patient/Patient.resource';
import { phoneNumber } from './phoneNumber/PhoneNumber.resource';
import {
	account,
	bookingReason,
	chair,
	color,
	operator,
	paymentType,
	specialty,
} from './reference';
import { transaction } from './transaction/Transaction.resource';

/** Every resource of the node, by its `resource` parameter value. */
export const RESOURCES: Record<string, Resource> = {
	account,
	appointment,
	bill,
	billLiability,
	bookingReason,
	carePlan,
	carePlanEntry,
	chair,
	color,
	customField,
	document,
	freeSlot,
	marketplace,
	operator,
	patient,
	paymentType,
	phoneNumber,
	specialty,
	transaction,
};

/** Runs the chosen operation for one input item. */
export async function route(
	this: IExecuteFunctions,
	itemIndex: number,
	session: Session,
): Promise<OperationResult> {
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
	return await handler.call(this, itemIndex, session);
}
