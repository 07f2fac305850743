import { account } from './account/Account.resource';
import { appointment } from './appointment/Appointment.resource';
import { bill } from './bill/Bill.resource';
import { billLiability } from './billLiability/BillLiability.resource';
import { bookingReason } from './bookingReason/BookingReason.resource';
import { carePlan } from './carePlan/CarePlan.resource';
import { carePlanEntry } from './carePlanEntry/CarePlanEntry.resource';
import { chair } from './chair/Chair.resource';
import { color } from './color/Color.resource';
import { customField } from './customField/CustomField.resource';
import { document } from './document/Document.resource';
import { freeSlot } from './freeSlot/FreeSlot.resource';
import { marketplace } from './marketplace/Marketplace.resource';
import { operator } from './operator/Operator.resource';
import { patient } from './patient/Patient.resource';
import { paymentType } from './paymentType/PaymentType.resource';
import { phoneNumber } from './phoneNumber/PhoneNumber.resource';
import { specialty } from './specialty/Specialty.resource';
import { transaction } from './transaction/Transaction.resource';

/**
 * Every resource of the node, by its `resource` parameter value. Their operations take the
 * execution's Session (GET /me asked once) as state.
 */
export const RESOURCES = {
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
