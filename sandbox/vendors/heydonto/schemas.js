'use strict';
/** Request-body schemas (lib/validate.js) for the HeyDonto core API. */
const { ROLES } = require('./data/users');

const str = { type: 'string' };
const reqStr = { type: 'string', required: true };
const num = { type: 'number' };
const reqNum = { type: 'number', required: true };
const int = { type: 'integer' };
const bool = { type: 'boolean' };
const enabled = { type: 'boolean', default: true };

/** Field names and order as in the seed (HeyDonto API doc, Sites); `clientAccountId` is from the newer docs. */
const SITE = {
	name: reqStr,
	address: { type: 'object', required: true, fields: { street: str, city: str, zipCode: str } },
	googlePlaceId: reqStr,
	organizationTitle: str,
	organizationId: num,
	isAddingNewOrganization: bool,
	brandTitle: str,
	brandId: num,
	isAddingNewBrand: bool,
	phoneNumber: str,
	website: str,
	anyDeskIp: str,
	practiceManagementSystemId: reqNum,
	isEnabled: enabled,
	isAddingDecisionMakerUser: bool,
	decisionMakerUserId: num,
	decisionMakerUserEmail: str,
	decisionMakerUserPassword: str,
	decisionMakerUserFirstName: str,
	decisionMakerUserLastName: str,
	dentalServiceIds: { type: 'array', required: true, each: 'id' },
	dentalPracticeIds: { type: 'array', required: true, each: 'id' },
	clientAccountId: int,
};

const FHIR_RESET = { force: { type: 'boolean', required: true } };

const BRAND = {
	title: reqStr,
	organizationTitle: str,
	organizationId: int,
	isAddingNewOrganization: bool,
	isEnabled: enabled,
	clientAccountId: int,
};

const ORGANIZATION = { title: reqStr, website: str, isEnabled: enabled, clientAccountId: int };
const PRACTICE_MANAGEMENT_SYSTEM = { title: reqStr, isCloudBased: bool, isEnabled: enabled };
const DENTAL_SERVICE = { title: reqStr, isEnabled: enabled };
const APPOINTMENT_TYPE = { title: reqStr, isEnabled: enabled };
const CODE = { code: reqStr, title: reqStr, category: str, categoryCode: str, isEnabled: enabled };

const ASSISTANT = { siteId: reqNum, assistantName: str, assistantInstructions: str };

/** sequenceType: 0 Mobility, 1 Furcation, 2 GingMargin, 3 MGJ, 4 Probing, 5 SkipTooth, 6 Bleeding flags, 7 CAL. */
const PERIOMEASURE = {
	siteId: reqNum,
	practitionerId: reqNum,
	patientId: reqNum,
	perioMeasureNum: reqNum,
	perioExamNum: reqNum,
	sequenceType: { type: 'integer', required: true, min: 0, max: 7 },
	intTooth: { type: 'integer', required: true, min: 1, max: 32 },
	toothValue: reqNum,
	mBvalue: reqNum,
	bvalue: reqNum,
	dBvalue: reqNum,
	mLvalue: reqNum,
	lvalue: reqNum,
	dLvalue: reqNum,
	secDateTEntry: { type: 'isoDate' },
	secDateTEdit: { type: 'isoDate' },
};

const role = { type: 'enum', values: ROLES };
const USER_CREATE = {
	email: { type: 'email', required: true },
	firstName: reqStr,
	lastName: reqStr,
	password: { type: 'string', required: true, minLength: 8 },
	role: { ...role, required: true },
	clientAccountId: { type: 'array', required: true, each: 'number' },
	isEnabled: enabled,
	organizationId: int,
	brandId: int,
	siteId: int,
};
const USER_UPDATE = {
	email: { type: 'email' },
	firstName: str,
	lastName: str,
	isEnabled: bool,
	role,
	clientAccountId: { type: 'array', each: 'number' },
};

const LOGIN = { email: { type: 'email', required: true }, password: reqStr };

module.exports = {
	SITE,
	FHIR_RESET,
	BRAND,
	ORGANIZATION,
	PRACTICE_MANAGEMENT_SYSTEM,
	DENTAL_SERVICE,
	APPOINTMENT_TYPE,
	CODE,
	ASSISTANT,
	PERIOMEASURE,
	USER_CREATE,
	USER_UPDATE,
	LOGIN,
};
