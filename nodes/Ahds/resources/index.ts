import type { AhdsResource } from './types';

import { animal } from './animal';
import { appointmentStatus } from './appointment-status';
import { appointmentType } from './appointment-type';
import { appointment } from './appointment';
import { billingLine } from './billing-line';
import { breed } from './breed';
import { consult } from './consult';
import { contactAssociation } from './contact-association';
import { contact } from './contact';
import { country } from './country';
import { diagnosticRequest } from './diagnostic-request';
import { diagnosticResult } from './diagnostic-result';
import { file } from './file';
import { healthStatus } from './health-status';
import { herd } from './herd';
import { history } from './history';
import { inventoryProduct } from './inventory-product';
import { invoice } from './invoice';
import { invoiceline } from './invoiceline';
import { payment } from './payment';
import { paymentmethod } from './paymentmethod';
import { prescription } from './prescription';
import { productPricing } from './product-pricing';
import { productSupplier } from './product-supplier';
import { product } from './product';
import { resource } from './resource';
import { separation } from './separation';
import { siteInformation } from './site-information';
import { species } from './species';
import { standardDiagnosticLabReport } from './standard-diagnostic-lab-report';
import { standardofcare } from './standardofcare';
import { user } from './user';
import { vaccination } from './vaccination';
import { wellnessResource } from './wellness-resource';
import { withPrimaryInventoryLocation } from './with-primary-inventory-location';

/**
 * Every AHDS resource the node names: one descriptor file each. To add a resource, write its
 * descriptor (see types.ts) and list it here; the node, the README table and the sandbox follow.
 */
export const AHDS_RESOURCES: readonly AhdsResource[] = [
	animal,
	appointmentStatus,
	appointmentType,
	appointment,
	billingLine,
	breed,
	consult,
	contactAssociation,
	contact,
	country,
	diagnosticRequest,
	diagnosticResult,
	file,
	healthStatus,
	herd,
	history,
	inventoryProduct,
	invoice,
	invoiceline,
	payment,
	paymentmethod,
	prescription,
	productPricing,
	productSupplier,
	product,
	resource,
	separation,
	siteInformation,
	species,
	standardDiagnosticLabReport,
	standardofcare,
	user,
	vaccination,
	wellnessResource,
	withPrimaryInventoryLocation,
];

export type { AhdsField, AhdsFieldType, AhdsResource } from './types';
