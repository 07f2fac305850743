import { appointmentType } from './appointmentType/AppointmentType.resource';
import { availability } from './availability/Availability.resource';
import { brand } from './brand/Brand.resource';
import { code } from './code/Code.resource';
import { dentalService } from './dentalService/DentalService.resource';
import { fhirAppointment } from './fhirAppointment/FhirAppointment.resource';
import { fhirOther } from './fhirOther/FhirOther.resource';
import { fhirPatient } from './fhirPatient/FhirPatient.resource';
import { fhirPractitioner } from './fhirPractitioner/FhirPractitioner.resource';
import { fhirSchedule } from './fhirSchedule/FhirSchedule.resource';
import { fhirSlot } from './fhirSlot/FhirSlot.resource';
import { organization } from './organization/Organization.resource';
import { periomeasure } from './periomeasure/Periomeasure.resource';
import { practiceManagementSystem } from './practiceManagementSystem/PracticeManagementSystem.resource';
import { site } from './site/Site.resource';
import { siteAssistant } from './siteAssistant/SiteAssistant.resource';
import { user } from './user/User.resource';

/** Every resource of the node, by its `resource` parameter value. */
export const RESOURCES = {
	appointmentType,
	availability,
	brand,
	code,
	dentalService,
	fhirAppointment,
	fhirOther,
	fhirPatient,
	fhirPractitioner,
	fhirSchedule,
	fhirSlot,
	organization,
	periomeasure,
	practiceManagementSystem,
	site,
	siteAssistant,
	user,
};
