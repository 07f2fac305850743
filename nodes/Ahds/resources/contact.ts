import type { AhdsResource } from './types';

/**
 * The kinds of contact detail: FHIR R4's ContactPoint system. The seed shows a detail's type only as a
 * coding `{code, system, display}`; these codes are FHIR's, which AHDS's FHIR-style codings follow
 * (INFERRED; "Custom Code" takes any other).
 */
const CONTACT_POINT_SYSTEM = 'http://hl7.org/fhir/contact-point-system';

const CONTACT_POINT_TYPES = [
	{ code: 'phone', display: 'Phone' },
	{ code: 'email', display: 'Email' },
	{ code: 'sms', display: 'SMS' },
	{ code: 'fax', display: 'Fax' },
	{ code: 'pager', display: 'Pager' },
	{ code: 'url', display: 'URL' },
	{ code: 'other', display: 'Other' },
];

/** Contact: owners, vets, suppliers and staff. Every field, filter and sort field is documented (SEED). */
export const contact: AhdsResource = {
	slug: 'contact',
	value: 'contact',
	displayName: 'Contact',
	plural: 'contacts',
	idField: 'contactId',
	source: 'SEED',
	evidence: 'all six operations with the full body, list filters and sort fields',
	complete: true,
	fields: [
		{
			name: 'firstName',
			type: 'string',
			required: true,
			description: 'Given name of the contact',
			placeholder: 'e.g. Jane',
		},
		{
			name: 'lastName',
			type: 'string',
			required: true,
			description: 'Family name of the contact',
			placeholder: 'e.g. Doe',
		},
		{
			name: 'contactDetails',
			type: 'objectList',
			required: true,
			itemName: 'Contact Detail',
			description:
				'Phone numbers, email addresses and other ways to reach the contact. IDs and timestamps left empty are filled in.',
			autofill: { uuid: 'contactDetailId', parentId: 'contactId', now: ['createdAt', 'updatedAt'] },
			fields: [
				{
					name: 'name',
					type: 'string',
					required: true,
					description: "Label of the detail, e.g. 'Home phone'. Empty: the name of its Type.",
					placeholder: 'e.g. Mobile phone',
				},
				{
					name: 'value',
					type: 'string',
					required: true,
					description: 'The phone number, email address or other value',
					placeholder: 'e.g. +1-512-555-0142',
				},
				{
					name: 'contactDetailType',
					label: 'Type',
					type: 'coding',
					required: true,
					description: 'The kind of detail: phone, email, SMS...',
					example: { code: 'phone', system: CONTACT_POINT_SYSTEM },
					codes: { system: CONTACT_POINT_SYSTEM, values: CONTACT_POINT_TYPES, fills: 'name' },
				},
				{
					name: 'isPreferred',
					type: 'boolean',
					initial: true,
					description: 'Whether this is the preferred detail of its type for the contact',
				},
				{
					name: 'isActive',
					type: 'boolean',
					initial: true,
					description: 'Whether this detail is currently in use',
				},
				{
					name: 'subscriptionGroups',
					type: 'stringList',
					description:
						'Communication subscription groups of this detail, separated by commas (e.g. reminders, newsletter)',
				},
				{
					name: 'valueCleaned',
					type: 'string',
					advanced: true,
					description: 'System-normalized form of the value, if known',
				},
				{
					name: 'contactDetailId',
					type: 'uuid',
					advanced: true,
					description: 'The UUID of this detail; leave empty to generate one',
				},
				{
					name: 'extensions',
					type: 'json',
					advanced: true,
					description: 'Vendor- or practice-specific extensions, as a JSON object',
				},
			],
		},
		{
			name: 'businessName',
			type: 'string',
			description: 'Registered or trading name if the contact is a business',
		},
		{
			name: 'code',
			type: 'string',
			description: 'Practice-specific human-readable contact code',
			placeholder: 'e.g. C-1042',
		},
		{
			name: 'creditStatus',
			type: 'options',
			values: ['OK', 'WARNING', 'STOP'],
			description: 'Credit status of the contact',
		},
		{
			name: 'creditStatusConcept',
			type: 'coding',
			description: 'The credit status as a coded value',
			example: { code: 'OK', system: 'urn:example:credit-status' },
		},
		{
			name: 'birthDate',
			type: 'date',
			description: 'Date of birth of the contact, sent as YYYY-MM-DD',
		},
		{
			name: 'driverLicenseExpiryDate',
			type: 'date',
			description: 'Expiry date of the driver license, sent as YYYY-MM-DD',
		},
		{
			name: 'driverLicenseIssuer',
			type: 'string',
			description: 'Issuing authority or jurisdiction of the driver license',
		},
		{
			name: 'driverLicenseNumber',
			type: 'string',
			description: 'Driver license number',
		},
		{
			name: 'isBusiness',
			type: 'boolean',
			description: 'Whether the contact is a business',
		},
		{
			name: 'isCustomer',
			type: 'boolean',
			description: 'Whether the contact is a customer (an animal owner)',
		},
		{
			name: 'isStaffMember',
			type: 'boolean',
			description: 'Whether the contact is a staff member of the practice',
		},
		{
			name: 'isSupplier',
			type: 'boolean',
			description: 'Whether the contact is a supplier',
		},
		{
			name: 'isSyndicate',
			type: 'boolean',
			description: 'Whether the contact is a syndicate or group owner',
		},
		{
			name: 'isVet',
			type: 'boolean',
			description: 'Whether the contact is a veterinarian',
		},
		{
			name: 'ownershipId',
			type: 'uuid',
			description: 'The UUID of the owning organization or business unit',
		},
		{
			name: 'physicalAddress',
			type: 'string',
			sort: false,
			description: 'Primary physical address of the contact',
		},
		{
			name: 'postalAddress',
			type: 'string',
			sort: false,
			description: 'Primary postal (mailing) address of the contact',
		},
		{
			name: 'extensions',
			type: 'json',
			description: 'Vendor- or practice-specific extensions, as a JSON object',
		},
	],
};
